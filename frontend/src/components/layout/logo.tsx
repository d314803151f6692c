/** The Kickstart mark: three overlapping circles — people meeting and mixing. */
export function LogoMark({ size = 32 }: { size?: number }) {
  return (
    <svg className="logo-mark" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle cx="12" cy="13" r="8" fill="#0f6b5c" fillOpacity="0.9" />
      <circle cx="20" cy="13" r="8" fill="#e0893a" fillOpacity="0.85" />
      <circle cx="16" cy="20" r="8" fill="#3f8fb0" fillOpacity="0.8" />
    </svg>
  );
}

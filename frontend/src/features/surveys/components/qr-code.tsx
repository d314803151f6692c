import { useEffect, useState } from 'react';
import { Spinner } from '@/components/spinner';

interface Matrix {
  size: number;
  dark: (row: number, column: number) => boolean;
}

/** The QR library loads in its own chunk, only when a code is first drawn. */
async function makeMatrix(text: string): Promise<Matrix> {
  const qrcode = await import('qrcode');
  const { modules } = qrcode.create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, dark: (row, column) => Boolean(modules.get(row, column)) };
}

/** One SVG path of all the dark modules, inside a quiet zone of four modules. */
function pathFor(matrix: Matrix, quiet: number): string {
  const parts: string[] = [];
  for (let row = 0; row < matrix.size; row += 1) {
    for (let column = 0; column < matrix.size; column += 1) {
      if (matrix.dark(row, column)) parts.push(`M${String(column + quiet)} ${String(row + quiet)}h1v1h-1z`);
    }
  }
  return parts.join('');
}

export interface QrCodeProps {
  text: string;
  /** What the code opens, for people who cannot see it, e.g. “QR code for the survey link”. */
  label: string;
}

/** A QR code drawn as SVG in the browser (sharp at any print size), made from the text. */
export function QrCode({ text, label }: QrCodeProps) {
  const [drawn, setDrawn] = useState<{ text: string; path: string; size: number } | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let active = true;
    makeMatrix(text).then(
      (matrix) => {
        if (active) setDrawn({ text, path: pathFor(matrix, 4), size: matrix.size + 8 });
      },
      () => {
        if (active) setFailed(true);
      },
    );
    return () => {
      active = false;
    };
  }, [text]);

  if (failed) return <p className="qr-code qr-code--failed">The QR code could not be drawn. The link below works just as well.</p>;
  if (drawn?.text !== text) {
    return (
      <div className="qr-code qr-code--loading" role="status">
        <Spinner />
        <span className="visually-hidden">Drawing the QR code…</span>
      </div>
    );
  }
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${String(drawn.size)} ${String(drawn.size)}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-text={text}
    >
      <rect width={drawn.size} height={drawn.size} fill="#fff" />
      <path d={drawn.path} fill="#000" />
    </svg>
  );
}

/** Shown when the app cannot even read its settings, before anything else renders. */
export function StartupError({ message }: { message: string }) {
  return (
    <main className="startup-error">
      <div className="panel panel--error" role="alert">
        <h1 className="panel__title">Kickstart can’t start</h1>
        <p className="panel__body">{message}</p>
        <p className="panel__body">
          If you look after this site, check that <code>config.json</code> is served next to <code>index.html</code>.
          Otherwise, please try again later.
        </p>
      </div>
    </main>
  );
}

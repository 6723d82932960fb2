export function LibraryApp() {
  return (
    <main class="panel">
      <h1 class="brand">Library</h1>
      <p>No papers saved yet.</p>
    </main>
  );
}

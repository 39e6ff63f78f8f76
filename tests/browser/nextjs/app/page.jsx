// A server component (no 'use client'): rendered at build time, it renders the client component,
// which Next also pre-renders on the server and then hydrates in the browser.
import Uploader from './Uploader';

export default function Page() {
  return (
    <main>
      <h1>upload-doctor in Next.js</h1>
      <Uploader />
    </main>
  );
}

// The root layout: no fonts (next/font would fetch Google Fonts at build time), no CSS, and a
// data: icon so the browser asks for no /favicon.ico.
export const metadata = {
  title: 'upload-doctor in Next.js',
  icons: { icon: 'data:,' },
};

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}

// de-compromise's package.json lists "types" after "import" in its exports, so TypeScript finds no types.
declare module 'de-compromise' {
  interface View {
    numbers(): { json(): unknown[] };
  }
  const ldv: (text: string) => View;
  export default ldv;
}

/** `import url from 'later:./module.ts'`: the address of a module loaded only when needed (src/build-tools/load-later.ts). */
declare module 'later:*' {
  const url: string;
  export default url;
}

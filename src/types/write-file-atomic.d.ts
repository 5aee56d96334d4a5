// write-file-atomic 7 ships no types, and @types/write-file-atomic describes version 4; errata calls only
// the synchronous form, declared here as version 7's README gives it.
declare module 'write-file-atomic' {
  interface Options {
    chown?: { uid: number; gid: number };
    encoding?: BufferEncoding | null;
    fsync?: boolean;
    mode?: number;
    tmpfileCreated?: (tmpfile: string) => void;
  }
  function writeFileAtomic(
    filename: string,
    data: string | Uint8Array,
    options?: Options | BufferEncoding,
  ): Promise<void>;
  namespace writeFileAtomic {
    function sync(filename: string, data: string | Uint8Array, options?: Options | BufferEncoding): void;
  }
  export default writeFileAtomic;
}

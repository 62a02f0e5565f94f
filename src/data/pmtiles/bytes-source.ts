// A pmtiles Source over bytes in memory: read an archive just packed, or a file the user dropped.
import type { RangeResponse, Source } from "pmtiles";

export class BytesSource implements Source {
  constructor(
    private readonly bytes: Uint8Array,
    private readonly key = "memory",
  ) {}

  getKey(): string {
    return this.key;
  }

  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    // A copy: the reader keeps and slices the ArrayBuffer it gets.
    return { data: this.bytes.slice(offset, offset + length).buffer };
  }
}

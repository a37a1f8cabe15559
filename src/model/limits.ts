// Size limits that code outside the parser checks too (reading a file, fetching #src=), in a
// module of their own so that checking a size does not load the YAML parser.

/** The largest YAML text read, in bytes of UTF-8. */
export const MAX_SOURCE_BYTES = 1024 * 1024;

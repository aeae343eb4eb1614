/** A part the reader cannot make sense of; its message is shown to the secretary as the reason. */
export class XlsxError extends Error {}

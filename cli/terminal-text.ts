// Text that came from BigCommerce (a policy URL, a script entry's html, an error's detail, a scanned
// page) is printed escaped: an ESC sequence in it could recolour, retitle or hyperlink (OSC 8) the
// merchant's terminal, and a carriage return or a bidi override could make a line read as another.

// C0 controls but tab and newline, DEL, C1 controls (0x9b is an 8-bit CSI), line/paragraph
// separators and the bidi embeddings, overrides and isolates.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escaped = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** The text with every unsafe character shown as `\uXXXX`: visible, and inert. */
export const terminalText = (text: string): string => text.replace(UNSAFE, escaped);

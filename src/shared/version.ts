/** The library version, compared by define() when a second copy loads. Kept equal to package.json by a test. */
export const VERSION = '0.1.0';

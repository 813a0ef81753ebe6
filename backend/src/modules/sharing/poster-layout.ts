/** Posters are portrait, the shape chat apps and phone screens show whole. */
export const POSTER_WIDTH = 1080;
export const POSTER_HEIGHT = 1440;

/** Bumped when the drawing changes, so every cached poster is drawn again. */
export const POSTER_LAYOUT_VERSION = 1;

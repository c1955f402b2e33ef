/** The figure extractor: report text in, FIGURES.md records out. */
export { extractFigures, type ExtractOptions } from "./extract-figures";
export { ExtractError, type ExtractErrorCode } from "./errors";

/**
 * A phrase pattern's gap of at most `max` characters holding no denial, so "the report shows no
 * errors" or "no muestra errores" never reads as the report showing errors. Beside the phrases,
 * not in the tree model, so the first screen (which imports the model) does not carry it.
 */
export const gapWithoutDenial = (max: number): string => String.raw`(?:(?!\b(?:no|not|never|nunca|sin|ni)\b|n't).){0,${max}}?`;

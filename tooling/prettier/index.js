/**
 * The tree's one Prettier config (the root package.json names it). 140 columns: the code is written in long
 * lines — a call and its options on one line — and of its 23,800 lines 1,296 are over 120 columns, 689 over 140;
 * prose in comments keeps its own hand-wrapped width (Prettier does not reflow it).
 *
 * @type {import('prettier').Config}
 */
module.exports = {
  printWidth: 140,
  singleQuote: true,
};

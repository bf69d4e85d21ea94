/**
 * The number parser: finds the quantities a report states and reads their values, units and
 * qualifiers. Pure and isomorphic (no Node or DOM APIs), so the browser and the CLI share it.
 */

export { parseChineseNumeral } from './chinese';
export { findNumbers, type NumberMention } from './find';

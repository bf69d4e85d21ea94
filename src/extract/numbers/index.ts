/**
 * The number parser: finds the quantities a report states and reads their values, units and
 * qualifiers. Pure and isomorphic (no Node or DOM APIs), so the browser and the CLI share it.
 */

export { findNumbers, type NumberMention } from './find';
export { parseChineseNumeral } from './chinese';

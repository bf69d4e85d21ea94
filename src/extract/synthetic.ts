/**
 * The marker every generated (synthetic) report carries as its first line. It travels with the
 * text wherever the file is copied, so a synthetic report is recognised as such by any run of the
 * extractor and shown as synthetic by the dashboard; it is page chrome, never report text.
 */

export const SYNTHETIC_MARKER_LINE = '【合成数据 SYNTHETIC · 非真实报告,仅供测试】';

/** Matches the marker on the normalized view (simplified, half-width), whatever script it was in. */
export const SYNTHETIC_MARKER = /【合成数据 SYNTHETIC/;

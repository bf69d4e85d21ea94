/**
 * The converter of the matching view: traditional (Taiwan and Hong Kong variants alike) to mainland
 * simplified, with opencc-js's small core and its t2cn preset (the full import is ten times larger).
 */

import * as OpenCC from 'opencc-js/core';
import * as T2CN from 'opencc-js/preset/t2cn';

export const toSimplified: (text: string) => string = OpenCC.ConverterFactory(T2CN.from.tw ?? [], T2CN.from.hk ?? [], T2CN.to.cn ?? []);

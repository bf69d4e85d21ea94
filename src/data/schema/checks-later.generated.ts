// Generated from the zod schemas by src/data/schema/checks-source.ts (every vite build, or npm run gen:checks): do not edit.
import { compactCatalog, compactReports, compactReviewQueue, finiteNumber } from './invariants';
import { detailQuotes, localReportFile, placeSearchFile, reviewAnchor, reviewDecision, reviewerNamed, traditionalPairs } from './record-invariants';
import type { Description } from './plain-check';

const d0: Description = {"type":"object","shape":{"zh":{"type":"string"},"en":{"type":"string"}}};
const d1: Description = {"type":"object","shape":{"id":{"type":"string"},"label":d0,"unit":{"type":"string"},"theme":{"type":"string"},"headline":{"type":"boolean"},"definition":d0,"themeLabel":d0}};
const d2: Description = {"type":"array","element":d1};
const d3: Description = {"type":"string","checks":[{"check":"regex","source":"^[A-Za-z0-9_.-]+$","flags":""}]};
const d4: Description = {"type":"nullable","inner":{"type":"string"}};
const d5: Description = {"type":"literal","values":["省","市","区","县","旗","镇","乡","街道","开发区"]};
const d6: Description = {"type":"nullable","inner":d5};
const d7: Description = {"type":"literal","values":["text","divisions"]};
const d8: Description = {"type":"nullable","inner":d7};
const d9: Description = {"type":"object","shape":{"province":d8,"city":d8}};
const d10: Description = {"type":"object","shape":{"id":d3,"name":d4,"level":d6,"province":d4,"city":d4,"code":d4,"county":d4,"placeProvenance":d9}};
const d11: Description = {"type":"array","element":d10};
const d12: Description = {"type":"array","element":d3};
const d13: Description = {"type":"number","checks":[{"check":"int"},{"check":"min","value":0,"inclusive":true}]};
const d14: Description = {"type":"array","element":d13};
const d15: Description = {"type":"number","checks":[{"check":"int"}]};
const d16: Description = {"type":"nullable","inner":d15};
const d17: Description = {"type":"string","checks":[{"check":"regex","source":"^\\d{4}-\\d{2}-\\d{2}$","flags":""}]};
const d18: Description = {"type":"nullable","inner":d17};
const d19: Description = {"type":"array","element":d4};
const d20: Description = {"type":"literal","values":["government","department","other"]};
const d21: Description = {"type":"literal","values":["rule_of_law_report","justice_bureau_summary","reconsideration_report","enforcement_statistics","legal_aid_report","mediation_report","publicity_report"]};
const d22: Description = {"type":"array","element":{"type":"string"}};
const d23: Description = {"type":"string","checks":[{"check":"regex","source":"^[A-Za-z0-9_./-]+\\.json$","flags":""}]};
const d24: Description = {"type":"number","checks":[{"check":"int"},{"check":"min","value":0,"inclusive":false}]};
const d25: Description = {"type":"literal","values":["no_jurisdiction","no_year","ambiguous_place","no_division_match","no_publication_date","partial"]};
const d26: Description = {"type":"array","element":d25};
const d27: Description = {"type":"nullable","inner":{"type":"boolean"}};
const d28: Description = {"type":"array","element":d27};
const d29: Description = {"type":"string","checks":[{"check":"regex","source":"^https?:\\/\\/[^\\s/?#]+[^\\s]*$","flags":"i"},{"check":"maxLength","value":4096}]};
const d30: Description = {"type":"string","checks":[{"check":"regex","source":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,3})?Z$","flags":""}]};
const d31: Description = {"type":"string","checks":[{"check":"regex","source":"^details\\/[A-Za-z0-9_.-]+\\.pack$","flags":""}]};
const d32: Description = {"type":"default","inner":d21};
const d33: Description = {"type":"object","shape":{"path":d31,"offset":d13,"length":d24}};
const d34: Description = {"type":"optional","inner":d33};
const d35: Description = {"type":"literal","values":["exact","approx","at_least","at_most"]};
const d36: Description = {"type":"optional","inner":{"type":"string"}};
const d37: Description = {"type":"literal","values":["rate_disagrees_with_counts","concluded_exceeds_received","rate_over_100","conflicting_values","no_jurisdiction","no_year","ambiguous_place"]};
const d38: Description = {"type":"object","shape":{"code":d37,"message":{"type":"string"}}};
const d39: Description = {"type":"array","element":d38};
const d40: Description = {"type":"optional","inner":d39};
const d41: Description = {"type":"number","checks":[{"check":"min","value":0,"inclusive":true},{"check":"max","value":1,"inclusive":true}]};
const d42: Description = {"type":"optional","inner":d41};
const d43: Description = {"type":"literal","values":["rate_disagrees_with_counts","concluded_exceeds_received","conflicting_values","other_scope"]};
const d44: Description = {"type":"array","element":d43};
const d45: Description = {"type":"optional","inner":d44};
const d46: Description = {"type":"literal","values":["confirmed","corrected","added","rejected"]};
const d47: Description = {"type":"literal","values":["confirm","correct","reject","add"]};
const d48: Description = {"type":"string","checks":[{"check":"minLength","value":1}]};
const d49: Description = {"type":"number","checks":[{"check":"invariant","run":finiteNumber}]};
const d50: Description = {"type":"literal","values":["own","higher_level","part","cumulative","other_year","partial_year"]};
const d51: Description = {"type":"object","shape":{"indicator":d48,"value":d49,"qualifier":d35,"scope":d50}};
const d52: Description = {"type":"nullable","inner":d51};
const d53: Description = {"type":"object","shape":{"status":d46,"decision":d47,"decisionId":d3,"reviewer":{"type":"string"},"reviewedAt":{"type":"string"},"note":d4,"original":d52}};
const d54: Description = {"type":"optional","inner":d53};
const d55: Description = {"type":"object","shape":{"value":{"type":"number"},"qualifier":d35,"derived":{"type":"boolean"},"extractionId":d3,"variant":d36,"warnings":d40,"confidence":d42,"checks":d45,"review":d54}};
const d56: Description = {"type":"record","key":{"type":"string"},"value":d55};
const d57: Description = {"type":"optional","inner":{"type":"boolean"}};
const d58: Description = {"type":"string","checks":[{"check":"regex","source":"^[0-9a-f]{64}$","flags":""}]};
const d59: Description = {"type":"optional","inner":d58};
const d60: Description = {"type":"optional","inner":d29};
const d61: Description = {"type":"optional","inner":d30};
const d62: Description = {"type":"object","shape":{"id":d3,"jurisdictionId":d3,"year":d16,"published":d18,"body":d4,"bodyKind":d20,"documentKind":d32,"title":d4,"sourceFile":{"type":"string"},"detailPath":d23,"detailPack":d34,"values":d56,"flags":d26,"warningCount":d13,"synthetic":d57,"local":d57,"textSha256":d59,"sourceUrl":d60,"retrievedAt":d61}};
const d63: Description = {"type":"literal","values":["results","problems","plans","other"]};
const d64: Description = {"type":"optional","inner":d13};
const d65: Description = {"type":"optional","inner":{"type":"literal","values":[true]}};
const d66: Description = {"type":"object","shape":{"id":d3,"section":{"type":"string"},"sectionKind":d63,"text":{"type":"string"},"isHeading":{"type":"boolean"},"offset":d64,"injected":d65}};
const d67: Description = {"type":"array","element":d66};
const d68: Description = {"type":"nullable","inner":d13};
const d69: Description = {"type":"default","inner":d50};
const d70: Description = {"type":"optional","inner":d4};
const d71: Description = {"type":"object","shape":{"id":d3,"indicator":{"type":"string"},"value":{"type":"number"},"unit":{"type":"string"},"qualifier":d35,"derived":{"type":"boolean"},"paragraphId":d3,"start":d68,"end":d68,"quote":d4,"sectionKind":d63,"derivedFrom":d12,"confidence":d41,"formula":d4,"scope":d69,"wording":d70,"variant":d70,"review":d54}};
const d72: Description = {"type":"array","element":d71};
const d73: Description = {"type":"nullable","inner":d3};
const d74: Description = {"type":"optional","inner":d22};
const d75: Description = {"type":"object","shape":{"code":d37,"message":{"type":"string"},"paragraphId":d73,"indicators":d74}};
const d76: Description = {"type":"array","element":d75};
const d77: Description = {"type":"object","shape":{"start":d15,"end":d15,"text":{"type":"string"}}};
const d78: Description = {"type":"nullable","inner":d77};
const d79: Description = {"type":"object","shape":{"value":{"type":"string"},"provenance":d7,"span":d78}};
const d80: Description = {"type":"nullable","inner":d79};
const d81: Description = {"type":"object","shape":{"value":d5,"provenance":d7,"span":d78}};
const d82: Description = {"type":"nullable","inner":d81};
const d83: Description = {"type":"object","shape":{"value":d15,"provenance":d7,"span":d78}};
const d84: Description = {"type":"nullable","inner":d83};
const d85: Description = {"type":"object","shape":{"code":{"type":"string"},"name":{"type":"string"},"level":d5,"province":d4,"city":d4,"county":d4}};
const d86: Description = {"type":"array","element":d85};
const d87: Description = {"type":"optional","inner":d86};
const d88: Description = {"type":"object","shape":{"title":d80,"jurisdiction":d80,"level":d82,"province":d80,"city":d80,"county":d80,"code":d80,"body":d80,"year":d84,"published":d80,"placeCandidates":d87}};
const d89: Description = {"type":"object","shape":{"schemaVersion":{"type":"literal","values":[1]},"reportId":d3,"paragraphs":d67,"extractions":d72,"warnings":d76,"metadata":d88,"textSha256":d59},"checks":[{"check":"invariant","run":detailQuotes}]};
const d90: Description = {"type":"string","checks":[{"check":"regex","source":"^\\d{6}(\\d{3})?$","flags":""}]};
const d91: Description = {"type":"number","checks":[{"check":"int"},{"check":"min","value":-1,"inclusive":true}]};
const d92: Description = {"type":"array","element":d91};
const d93: Description = {"type":"string","checks":[{"check":"regex","source":"^downloads\\/values-[a-z]+\\.(csv\\.gz|parquet)$","flags":""}]};
const d94: Description = {"type":"object","shape":{"path":d93,"bytes":d13}};

export const DESCRIPTIONS: Readonly<Record<LaterName, Description>> = {
  compactCatalogSchema: {"type":"object","shape":{"schemaVersion":{"type":"literal","values":[1]},"compactVersion":{"type":"literal","values":[1]},"indicators":d2,"jurisdictions":d11,"reports":{"type":"object","shape":{"id":d12,"jurisdiction":d14,"year":{"type":"array","element":d16},"published":{"type":"array","element":d18},"body":d19,"bodyKind":{"type":"array","element":d20},"documentKind":{"type":"optional","inner":{"type":"array","element":{"type":"nullable","inner":d21}}},"title":d19,"sourceFile":d22,"detailPath":{"type":"array","element":d23},"detailPack":{"type":"optional","inner":{"type":"array","element":{"type":"nullable","inner":{"type":"tuple","items":[d13,d13,d24]}}}},"flags":{"type":"array","element":d26},"warningCount":d14,"synthetic":d28,"local":d28,"sourceUrl":{"type":"optional","inner":{"type":"array","element":{"type":"nullable","inner":d29}}},"retrievedAt":{"type":"optional","inner":{"type":"array","element":{"type":"nullable","inner":d30}}},"has":{"type":"array","element":{"type":"string","checks":[{"check":"regex","source":"^[0-9a-f]*$","flags":""}]}}},"checks":[{"check":"invariant","run":compactReports}]},"detailPacks":{"type":"optional","inner":{"type":"array","element":d31}}},"checks":[{"check":"invariant","run":compactCatalog}]},
  compactReviewQueueSchema: {"type":"object","shape":{"schemaVersion":{"type":"literal","values":[1]},"compactVersion":{"type":"literal","values":[1]},"reportCount":d13,"indicatorCount":d13,"report":d14,"indicator":d14,"risk":d14,"score":{"type":"array","element":{"type":"number"}},"reviewedReport":d14,"reviewedIndicator":d14},"checks":[{"check":"invariant","run":compactReviewQueue}]},
  indexFileSchema: {"type":"object","shape":{"schemaVersion":{"type":"literal","values":[1]},"indicators":d2,"jurisdictions":d11,"reports":{"type":"array","element":d62}}},
  detailFileSchema: d89,
  placeSearchFileSchema: {"type":"object","shape":{"placeSearchVersion":{"type":"literal","values":[1]},"names":{"type":"array","element":d48},"pinyin":d22,"traditional":{"type":"string","checks":[{"check":"invariant","run":traditionalPairs}]},"places":{"type":"object","shape":{"id":{"type":"array","element":{"type":"union","options":[d3,{"type":"literal","values":[""]}]}},"code":{"type":"array","element":{"type":"nullable","inner":d90}},"name":d14,"level":{"type":"array","element":d6},"province":d92,"city":d92,"county":d92}}},"checks":[{"check":"invariant","run":placeSearchFile}]},
  aboutFileSchema: {"type":"object","shape":{"schemaVersion":{"type":"literal","values":[1]},"newestReportDate":d70,"population":d57,"generatedAt":d36,"catalogueVersion":d15,"dataVersion":{"type":"optional","inner":{"type":"string","checks":[{"check":"regex","source":"^[0-9a-f]{12}$","flags":""}]}}}},
  populationFileSchema: {"type":"object","shape":{"schemaVersion":{"type":"literal","values":[1]},"file":{"type":"string"},"rows":{"type":"array","element":{"type":"object","shape":{"code":d90,"year":{"type":"number","checks":[{"check":"int"},{"check":"min","value":1949,"inclusive":true},{"check":"max","value":2100,"inclusive":true}]},"population":d24,"source":d48}}}}},
  downloadsIndexSchema: {"type":"object","shape":{"version":{"type":"literal","values":[1]},"rows":d13,"datapackage":{"type":"string"},"groups":{"type":"array","element":{"type":"object","shape":{"group":{"type":"literal","values":["province","city","county","town","unplaced"]},"rows":d13,"reports":d13,"csv":d94,"parquet":d94}}}}},
  reviewDecisionRecordSchema: {"type":"object","shape":{"id":d3,"textSha256":d58,"reportId":d3,"anchor":{"type":"object","shape":{"paragraphId":d3,"start":d13,"end":d13,"quote":d48,"textStart":d68,"before":{"type":"string"},"after":{"type":"string"}},"checks":[{"check":"invariant","run":reviewAnchor}]},"judged":{"type":"nullable","inner":{"type":"object","shape":{"extractionId":d3,"indicator":d48,"value":{"type":"number"},"qualifier":d35,"scope":d50,"derived":{"type":"boolean"}}}},"decision":d47,"fields":d52,"reviewer":{"type":"string","checks":[{"check":"invariant","run":reviewerNamed}]},"decidedAt":{"type":"string","checks":[{"check":"regex","source":"^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$","flags":""}]},"note":d4},"checks":[{"check":"invariant","run":reviewDecision}]},
  localReportFileSchema: {"type":"object","shape":{"schemaVersion":{"type":"literal","values":[1]},"report":d62,"jurisdiction":d10,"detail":d89},"checks":[{"check":"invariant","run":localReportFile}]},
};

export type LaterName = 'compactCatalogSchema' | 'compactReviewQueueSchema' | 'indexFileSchema' | 'detailFileSchema' | 'placeSearchFileSchema' | 'aboutFileSchema' | 'populationFileSchema' | 'downloadsIndexSchema' | 'reviewDecisionRecordSchema' | 'localReportFileSchema';

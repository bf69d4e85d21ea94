// Generated from the zod schemas by src/data/schema/checks-source.ts (every vite build, or npm run gen:checks): do not edit.
import type { Description } from './plain-check';

const d0: Description = {"type":"object","shape":{"zh":{"type":"string"},"en":{"type":"string"}}};
const d1: Description = {"type":"object","shape":{"id":{"type":"string"},"label":d0,"unit":{"type":"string"},"theme":{"type":"string"},"headline":{"type":"boolean"},"definition":d0,"themeLabel":d0}};
const d2: Description = {"type":"array","element":d1};
const d3: Description = {"type":"number","checks":[{"check":"int"},{"check":"min","value":0,"inclusive":true}]};
const d4: Description = {"type":"number","checks":[{"check":"int"}]};
const d5: Description = {"type":"array","element":{"type":"string"}};
const d6: Description = {"type":"nullable","inner":{"type":"string"}};
const d7: Description = {"type":"literal","values":["省","市","区","县","旗","镇","乡","街道","开发区"]};
const d8: Description = {"type":"nullable","inner":d4};
const d9: Description = {"type":"string","checks":[{"check":"regex","source":"^[A-Za-z0-9_.-]+$","flags":""}]};
const d10: Description = {"type":"literal","values":["province","city","county","town","unplaced"]};
const d11: Description = {"type":"array","element":d3};
const d12: Description = {"type":"nullable","inner":d7};
const d13: Description = {"type":"literal","values":["text","divisions"]};
const d14: Description = {"type":"nullable","inner":d13};
const d15: Description = {"type":"object","shape":{"province":d14,"city":d14}};
const d16: Description = {"type":"object","shape":{"id":d9,"name":d6,"level":d12,"province":d6,"city":d6,"code":d6,"county":d6,"placeProvenance":d15}};
const d17: Description = {"type":"array","element":d16};
const d18: Description = {"type":"array","element":d9};
const d19: Description = {"type":"array","element":d8};
const d20: Description = {"type":"string","checks":[{"check":"regex","source":"^\\d{4}-\\d{2}-\\d{2}$","flags":""}]};
const d21: Description = {"type":"nullable","inner":d20};
const d22: Description = {"type":"array","element":d21};
const d23: Description = {"type":"array","element":d6};
const d24: Description = {"type":"literal","values":["government","department","other"]};
const d25: Description = {"type":"array","element":d24};
const d26: Description = {"type":"literal","values":["rule_of_law_report","justice_bureau_summary","reconsideration_report","enforcement_statistics","legal_aid_report","mediation_report","publicity_report"]};
const d27: Description = {"type":"nullable","inner":d26};
const d28: Description = {"type":"array","element":d27};
const d29: Description = {"type":"optional","inner":d28};
const d30: Description = {"type":"string","checks":[{"check":"regex","source":"^[A-Za-z0-9_./-]+\\.json$","flags":""}]};
const d31: Description = {"type":"array","element":d30};
const d32: Description = {"type":"number","checks":[{"check":"int"},{"check":"min","value":0,"inclusive":false}]};
const d33: Description = {"type":"tuple","items":[d3,d3,d32]};
const d34: Description = {"type":"nullable","inner":d33};
const d35: Description = {"type":"array","element":d34};
const d36: Description = {"type":"optional","inner":d35};
const d37: Description = {"type":"literal","values":["no_jurisdiction","no_year","ambiguous_place","no_division_match","no_publication_date","partial"]};
const d38: Description = {"type":"array","element":d37};
const d39: Description = {"type":"array","element":d38};
const d40: Description = {"type":"nullable","inner":{"type":"boolean"}};
const d41: Description = {"type":"array","element":d40};
const d42: Description = {"type":"string","checks":[{"check":"regex","source":"^https?:\\/\\/[^\\s/?#]+[^\\s]*$","flags":"i"},{"check":"maxLength","value":4096}]};
const d43: Description = {"type":"nullable","inner":d42};
const d44: Description = {"type":"array","element":d43};
const d45: Description = {"type":"optional","inner":d44};
const d46: Description = {"type":"string","checks":[{"check":"regex","source":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,3})?Z$","flags":""}]};
const d47: Description = {"type":"nullable","inner":d46};
const d48: Description = {"type":"array","element":d47};
const d49: Description = {"type":"optional","inner":d48};
const d50: Description = {"type":"string","checks":[{"check":"regex","source":"^[0-9a-f]*$","flags":""}]};
const d51: Description = {"type":"array","element":d50};
const d52: Description = {"type":"object","shape":{"id":d18,"jurisdiction":d11,"year":d19,"published":d22,"body":d23,"bodyKind":d25,"documentKind":d29,"title":d23,"sourceFile":d5,"detailPath":d31,"detailPack":d36,"flags":d39,"warningCount":d11,"synthetic":d41,"local":d41,"sourceUrl":d45,"retrievedAt":d49,"has":d51},"checks":[{"check":"invariant","name":"compactReports"}]};
const d53: Description = {"type":"string","checks":[{"check":"regex","source":"^details\\/[A-Za-z0-9_.-]+\\.pack$","flags":""}]};
const d54: Description = {"type":"array","element":d53};
const d55: Description = {"type":"optional","inner":d54};
const d56: Description = {"type":"array","element":{"type":"number"}};
const d57: Description = {"type":"literal","values":["rate_disagrees_with_counts","concluded_exceeds_received","rate_over_100","conflicting_values","no_jurisdiction","no_year","ambiguous_place"]};
const d58: Description = {"type":"object","shape":{"code":d57,"message":{"type":"string"}}};
const d59: Description = {"type":"array","element":d58};
const d60: Description = {"type":"literal","values":["rate_disagrees_with_counts","concluded_exceeds_received","conflicting_values","other_scope"]};
const d61: Description = {"type":"array","element":d60};
const d62: Description = {"type":"literal","values":["confirmed","corrected","added","rejected"]};
const d63: Description = {"type":"literal","values":["confirm","correct","reject","add"]};
const d64: Description = {"type":"string","checks":[{"check":"minLength","value":1}]};
const d65: Description = {"type":"number","checks":[{"check":"invariant","name":"finiteNumber"}]};
const d66: Description = {"type":"literal","values":["exact","approx","at_least","at_most"]};
const d67: Description = {"type":"literal","values":["own","higher_level","part","cumulative","other_year","partial_year"]};
const d68: Description = {"type":"object","shape":{"indicator":d64,"value":d65,"qualifier":d66,"scope":d67}};
const d69: Description = {"type":"nullable","inner":d68};
const d70: Description = {"type":"object","shape":{"status":d62,"decision":d63,"decisionId":d9,"reviewer":{"type":"string"},"reviewedAt":{"type":"string"},"note":d6,"original":d69}};
const d71: Description = {"type":"default","inner":d26};
const d72: Description = {"type":"object","shape":{"path":d53,"offset":d3,"length":d32}};
const d73: Description = {"type":"optional","inner":d72};
const d74: Description = {"type":"optional","inner":{"type":"string"}};
const d75: Description = {"type":"optional","inner":d59};
const d76: Description = {"type":"number","checks":[{"check":"min","value":0,"inclusive":true},{"check":"max","value":1,"inclusive":true}]};
const d77: Description = {"type":"optional","inner":d76};
const d78: Description = {"type":"optional","inner":d61};
const d79: Description = {"type":"optional","inner":d70};
const d80: Description = {"type":"object","shape":{"value":{"type":"number"},"qualifier":d66,"derived":{"type":"boolean"},"extractionId":d9,"variant":d74,"warnings":d75,"confidence":d77,"checks":d78,"review":d79}};
const d81: Description = {"type":"record","key":{"type":"string"},"value":d80};
const d82: Description = {"type":"optional","inner":{"type":"boolean"}};
const d83: Description = {"type":"string","checks":[{"check":"regex","source":"^[0-9a-f]{64}$","flags":""}]};
const d84: Description = {"type":"optional","inner":d83};
const d85: Description = {"type":"optional","inner":d42};
const d86: Description = {"type":"optional","inner":d46};
const d87: Description = {"type":"object","shape":{"id":d9,"jurisdictionId":d9,"year":d8,"published":d21,"body":d6,"bodyKind":d24,"documentKind":d71,"title":d6,"sourceFile":{"type":"string"},"detailPath":d30,"detailPack":d73,"values":d81,"flags":d38,"warningCount":d3,"synthetic":d82,"local":d82,"textSha256":d84,"sourceUrl":d85,"retrievedAt":d86}};
const d88: Description = {"type":"literal","values":["results","problems","plans","other"]};
const d89: Description = {"type":"optional","inner":d3};
const d90: Description = {"type":"optional","inner":{"type":"literal","values":[true]}};
const d91: Description = {"type":"object","shape":{"id":d9,"section":{"type":"string"},"sectionKind":d88,"text":{"type":"string"},"isHeading":{"type":"boolean"},"offset":d89,"injected":d90}};
const d92: Description = {"type":"array","element":d91};
const d93: Description = {"type":"nullable","inner":d3};
const d94: Description = {"type":"default","inner":d67};
const d95: Description = {"type":"optional","inner":d6};
const d96: Description = {"type":"object","shape":{"id":d9,"indicator":{"type":"string"},"value":{"type":"number"},"unit":{"type":"string"},"qualifier":d66,"derived":{"type":"boolean"},"paragraphId":d9,"start":d93,"end":d93,"quote":d6,"sectionKind":d88,"derivedFrom":d18,"confidence":d76,"formula":d6,"scope":d94,"wording":d95,"variant":d95,"review":d79}};
const d97: Description = {"type":"array","element":d96};
const d98: Description = {"type":"nullable","inner":d9};
const d99: Description = {"type":"optional","inner":d5};
const d100: Description = {"type":"object","shape":{"code":d57,"message":{"type":"string"},"paragraphId":d98,"indicators":d99}};
const d101: Description = {"type":"array","element":d100};
const d102: Description = {"type":"object","shape":{"start":d4,"end":d4,"text":{"type":"string"}}};
const d103: Description = {"type":"nullable","inner":d102};
const d104: Description = {"type":"object","shape":{"value":{"type":"string"},"provenance":d13,"span":d103}};
const d105: Description = {"type":"nullable","inner":d104};
const d106: Description = {"type":"object","shape":{"value":d7,"provenance":d13,"span":d103}};
const d107: Description = {"type":"nullable","inner":d106};
const d108: Description = {"type":"object","shape":{"value":d4,"provenance":d13,"span":d103}};
const d109: Description = {"type":"nullable","inner":d108};
const d110: Description = {"type":"object","shape":{"code":{"type":"string"},"name":{"type":"string"},"level":d7,"province":d6,"city":d6,"county":d6}};
const d111: Description = {"type":"array","element":d110};
const d112: Description = {"type":"optional","inner":d111};
const d113: Description = {"type":"object","shape":{"title":d105,"jurisdiction":d105,"level":d107,"province":d105,"city":d105,"county":d105,"code":d105,"body":d105,"year":d109,"published":d105,"placeCandidates":d112}};
const d114: Description = {"type":"object","shape":{"schemaVersion":{"type":"literal","values":[1]},"reportId":d9,"paragraphs":d92,"extractions":d97,"warnings":d101,"metadata":d113,"textSha256":d84},"checks":[{"check":"invariant","name":"detailQuotes"}]};
const d115: Description = {"type":"string","checks":[{"check":"regex","source":"^\\d{6}(\\d{3})?$","flags":""}]};
const d116: Description = {"type":"number","checks":[{"check":"int"},{"check":"min","value":-1,"inclusive":true}]};
const d117: Description = {"type":"array","element":d116};
const d118: Description = {"type":"string","checks":[{"check":"regex","source":"^downloads\\/values-[a-z]+\\.(csv\\.gz|parquet)$","flags":""}]};
const d119: Description = {"type":"object","shape":{"path":d118,"bytes":d3}};

export const DESCRIPTIONS: Readonly<Record<CheckedName, Description>> = {
  shardManifestSchema: {"type":"object","shape":{"schemaVersion":{"type":"literal","values":[1]},"compactVersion":{"type":"literal","values":[1]},"shardVersion":{"type":"literal","values":[1]},"indicators":d2,"reports":d3,"places":d3,"years":{"type":"array","element":d4},"provinces":d5,"cities":{"type":"array","element":{"type":"object","shape":{"name":{"type":"string"},"province":d6}}},"levels":{"type":"array","element":d7},"defaultYear":d8,"defaultIndicator":d6,"shards":{"type":"array","element":{"type":"object","shape":{"id":d9,"group":d10,"province":d6,"places":d3,"parts":{"type":"array","element":{"type":"object","shape":{"year":d8,"reports":d3,"places":d3,"bytes":d3,"coverage":{"type":"optional","inner":d11}}}},"coverage":d11}}}}},
  shardPlacesSchema: {"type":"object","shape":{"schemaVersion":{"type":"literal","values":[1]},"shardVersion":{"type":"literal","values":[1]},"shard":d9,"jurisdictions":d17,"bodies":{"type":"array","element":{"type":"number","checks":[{"check":"int"},{"check":"min","value":0,"inclusive":true},{"check":"max","value":7,"inclusive":true}]}}},"checks":[{"check":"invariant","name":"shardPlaces"}]},
  shardReportsSchema: {"type":"object","shape":{"schemaVersion":{"type":"literal","values":[1]},"shardVersion":{"type":"literal","values":[1]},"shard":d9,"year":d8,"placeCount":d3,"reports":d52,"detailPacks":d55},"checks":[{"check":"invariant","name":"shardReports"}]},
  compactCatalogSchema: {"type":"object","shape":{"schemaVersion":{"type":"literal","values":[1]},"compactVersion":{"type":"literal","values":[1]},"indicators":d2,"jurisdictions":d17,"reports":d52,"detailPacks":d55},"checks":[{"check":"invariant","name":"compactCatalog"}]},
  compactValuesSchema: {"type":"object","shape":{"schemaVersion":{"type":"literal","values":[1]},"compactVersion":{"type":"literal","values":[1]},"indicator":{"type":"string"},"reportCount":d3,"report":d11,"value":d56,"qualifier":{"type":"array","element":{"type":"number","checks":[{"check":"int"},{"check":"min","value":0,"inclusive":true},{"check":"max","value":3,"inclusive":true}]}},"derived":{"type":"array","element":{"type":"union","options":[{"type":"literal","values":[0]},{"type":"literal","values":[1]}]}},"extraction":d18,"variant":{"type":"optional","inner":d23},"warnings":{"type":"optional","inner":{"type":"array","element":{"type":"nullable","inner":d59}}},"confidence":{"type":"optional","inner":{"type":"array","element":{"type":"nullable","inner":{"type":"number"}}}},"checks":{"type":"optional","inner":{"type":"array","element":d61}},"review":{"type":"optional","inner":{"type":"array","element":{"type":"nullable","inner":d70}}}},"checks":[{"check":"invariant","name":"compactValues"}]},
  compactReviewQueueSchema: {"type":"object","shape":{"schemaVersion":{"type":"literal","values":[1]},"compactVersion":{"type":"literal","values":[1]},"reportCount":d3,"indicatorCount":d3,"report":d11,"indicator":d11,"risk":d11,"score":d56,"reviewedReport":d11,"reviewedIndicator":d11},"checks":[{"check":"invariant","name":"compactReviewQueue"}]},
  indexFileSchema: {"type":"object","shape":{"schemaVersion":{"type":"literal","values":[1]},"indicators":d2,"jurisdictions":d17,"reports":{"type":"array","element":d87}}},
  detailFileSchema: d114,
  placeSearchFileSchema: {"type":"object","shape":{"placeSearchVersion":{"type":"literal","values":[1]},"names":{"type":"array","element":d64},"pinyin":d5,"traditional":{"type":"string","checks":[{"check":"invariant","name":"traditionalPairs"}]},"places":{"type":"object","shape":{"id":{"type":"array","element":{"type":"union","options":[d9,{"type":"literal","values":[""]}]}},"code":{"type":"array","element":{"type":"nullable","inner":d115}},"name":d11,"level":{"type":"array","element":d12},"province":d117,"city":d117,"county":d117}}},"checks":[{"check":"invariant","name":"placeSearchFile"}]},
  aboutFileSchema: {"type":"object","shape":{"schemaVersion":{"type":"literal","values":[1]},"newestReportDate":d95,"population":d82,"generatedAt":d74,"catalogueVersion":d4,"dataVersion":{"type":"optional","inner":{"type":"string","checks":[{"check":"regex","source":"^[0-9a-f]{12}$","flags":""}]}}}},
  populationFileSchema: {"type":"object","shape":{"schemaVersion":{"type":"literal","values":[1]},"file":{"type":"string"},"rows":{"type":"array","element":{"type":"object","shape":{"code":d115,"year":{"type":"number","checks":[{"check":"int"},{"check":"min","value":1949,"inclusive":true},{"check":"max","value":2100,"inclusive":true}]},"population":d32,"source":d64}}}}},
  downloadsIndexSchema: {"type":"object","shape":{"version":{"type":"literal","values":[1]},"rows":d3,"datapackage":{"type":"string"},"groups":{"type":"array","element":{"type":"object","shape":{"group":d10,"rows":d3,"reports":d3,"csv":d119,"parquet":d119}}}}},
  reviewDecisionRecordSchema: {"type":"object","shape":{"id":d9,"textSha256":d83,"reportId":d9,"anchor":{"type":"object","shape":{"paragraphId":d9,"start":d3,"end":d3,"quote":d64,"textStart":d93,"before":{"type":"string"},"after":{"type":"string"}},"checks":[{"check":"invariant","name":"reviewAnchor"}]},"judged":{"type":"nullable","inner":{"type":"object","shape":{"extractionId":d9,"indicator":d64,"value":{"type":"number"},"qualifier":d66,"scope":d67,"derived":{"type":"boolean"}}}},"decision":d63,"fields":d69,"reviewer":{"type":"string","checks":[{"check":"invariant","name":"reviewerNamed"}]},"decidedAt":{"type":"string","checks":[{"check":"regex","source":"^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$","flags":""}]},"note":d6},"checks":[{"check":"invariant","name":"reviewDecision"}]},
  localReportFileSchema: {"type":"object","shape":{"schemaVersion":{"type":"literal","values":[1]},"report":d87,"jurisdiction":d16,"detail":d114},"checks":[{"check":"invariant","name":"localReportFile"}]},
};

export type CheckedName = 'shardManifestSchema' | 'shardPlacesSchema' | 'shardReportsSchema' | 'compactCatalogSchema' | 'compactValuesSchema' | 'compactReviewQueueSchema' | 'indexFileSchema' | 'detailFileSchema' | 'placeSearchFileSchema' | 'aboutFileSchema' | 'populationFileSchema' | 'downloadsIndexSchema' | 'reviewDecisionRecordSchema' | 'localReportFileSchema';

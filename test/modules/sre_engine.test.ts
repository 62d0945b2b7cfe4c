// Runs the SRE matcher directly on code lists made by CPython 3.14's re compiler, and checks every
// match, search and fullmatch span (all groups) and lastindex against CPython's. The cases below were
// printed once by CPython 3.14.2 (pyodide): re._compiler._code(re._parser.parse(p, flags), flags), and
// each subject's Match.regs and lastindex. Subjects are code points (or bytes). No Python VM is involved,
// so these tests pin the engine alone; test/modules/sre_module.test.ts covers the Python-facing module.
import { describe, expect, it } from 'vitest';
import { SreState, SreInterrupted, sreMatch, sreSearch } from '../../vm/modules/sre/engine.js';
import { validateCode } from '../../vm/modules/sre/validate.js';
import { lowerUnicode, upperUnicode, isUniDigit, isUniSpace, isUniWord, inCategory } from '../../vm/modules/sre/chars.js';

interface EngineCase {
  p: string;
  bytes: boolean;
  flags: number;
  code: number[];
  groups: number;
  subjects: number[][];
  /** Per subject: [match, search, fullmatch], each null or [regs, lastindex]. */
  results: ([number[][], number | null] | null)[][];
}

const CASES: EngineCase[] = [
  {"p":"abc","bytes":false,"flags":0,"code":[14,12,3,3,3,3,3,97,98,99,0,0,0,16,97,16,98,16,99,1],"groups":0,"subjects":[[97,98,99],[120,120,97,98,99,120],[97,98],[]],"results":[[[[[0,3]],null],[[[0,3]],null],[[[0,3]],null]],[null,[[[2,5]],null],null],[null,null,null],[null,null,null]]},
  {"p":"a.c","bytes":false,"flags":0,"code":[14,8,1,3,3,1,1,97,0,16,97,2,16,99,1],"groups":0,"subjects":[[97,98,99],[97,10,99],[97,120,99]],"results":[[[[[0,3]],null],[[[0,3]],null],[[[0,3]],null]],[null,null,null],[[[[0,3]],null],[[[0,3]],null],[[[0,3]],null]]]},
  {"p":"a.c","bytes":false,"flags":16,"code":[14,8,1,3,3,1,1,97,0,16,97,3,16,99,1],"groups":0,"subjects":[[97,10,99]],"results":[[[[[0,3]],null],[[[0,3]],null],[[[0,3]],null]]]},
  {"p":"[a-c]+x","bytes":false,"flags":0,"code":[14,4,0,2,4294967295,24,10,1,2147483647,13,5,22,97,99,0,1,16,120,1],"groups":0,"subjects":[[122,122,97,98,99,97,98,120],[97,98,99]],"results":[[null,[[[2,8]],null],null],[null,null,null]]},
  {"p":"[^a-c]+","bytes":false,"flags":0,"code":[14,4,0,1,4294967295,24,11,1,2147483647,13,6,21,22,97,99,0,1,1],"groups":0,"subjects":[[97,98,99,100,101,102,97,98,99]],"results":[[null,[[[3,6]],null],null]]},
  {"p":"a*","bytes":false,"flags":0,"code":[14,4,0,0,4294967295,24,6,0,2147483647,16,97,1,1],"groups":0,"subjects":[[],[97,97,97],[98,97,97,97]],"results":[[[[[0,0]],null],[[[0,0]],null],[[[0,0]],null]],[[[[0,3]],null],[[[0,3]],null],[[[0,3]],null]],[[[[0,0]],null],[[[0,0]],null],null]]},
  {"p":"a*?b","bytes":false,"flags":0,"code":[14,4,0,1,4294967295,26,6,0,2147483647,16,97,1,16,98,1],"groups":0,"subjects":[[97,97,97,98],[98]],"results":[[[[[0,4]],null],[[[0,4]],null],[[[0,4]],null]],[[[[0,1]],null],[[[0,1]],null],[[[0,1]],null]]]},
  {"p":"a+?","bytes":false,"flags":0,"code":[14,4,0,1,4294967295,26,6,1,2147483647,16,97,1,1],"groups":0,"subjects":[[97,97,97]],"results":[[[[[0,1]],null],[[[0,1]],null],[[[0,3]],null]]]},
  {"p":"a{2,3}","bytes":false,"flags":0,"code":[14,4,0,2,3,24,6,2,3,16,97,1,1],"groups":0,"subjects":[[97],[97,97],[97,97,97,97]],"results":[[null,null,null],[[[[0,2]],null],[[[0,2]],null],[[[0,2]],null]],[[[[0,3]],null],[[[0,3]],null],null]]},
  {"p":"a{2,3}?","bytes":false,"flags":0,"code":[14,4,0,2,3,26,6,2,3,16,97,1,1],"groups":0,"subjects":[[97,97,97,97]],"results":[[[[[0,2]],null],[[[0,2]],null],null]]},
  {"p":"(ab)*c","bytes":false,"flags":0,"code":[14,4,0,1,4294967295,23,11,0,2147483647,17,0,16,97,16,98,17,1,18,16,99,1],"groups":1,"subjects":[[97,98,97,98,99],[99],[97,98,97,98]],"results":[[[[[0,5],[2,4]],1],[[[0,5],[2,4]],1],[[[0,5],[2,4]],1]],[[[[0,1],[-1,-1]],null],[[[0,1],[-1,-1]],null],[[[0,1],[-1,-1]],null]],[null,null,null]]},
  {"p":"(ab)*?c","bytes":false,"flags":0,"code":[14,4,0,1,4294967295,23,11,0,2147483647,17,0,16,97,16,98,17,1,19,16,99,1],"groups":1,"subjects":[[97,98,97,98,99]],"results":[[[[[0,5],[2,4]],1],[[[0,5],[2,4]],1],[[[0,5],[2,4]],1]]]},
  {"p":"(a|b)*?c","bytes":false,"flags":0,"code":[14,4,0,1,4294967295,23,13,0,2147483647,17,0,13,5,22,97,98,0,17,1,19,16,99,1],"groups":1,"subjects":[[97,98,98,97,99]],"results":[[[[[0,5],[3,4]],1],[[[0,5],[3,4]],1],[[[0,5],[3,4]],1]]]},
  {"p":"(a+|b)*","bytes":false,"flags":0,"code":[14,4,0,0,4294967295,23,24,0,2147483647,17,0,7,10,24,6,1,2147483647,16,97,1,15,7,5,16,98,15,2,0,17,1,18,1],"groups":1,"subjects":[[97,98],[97,97,98,98,97]],"results":[[[[[0,2],[1,2]],1],[[[0,2],[1,2]],1],[[[0,2],[1,2]],1]],[[[[0,5],[4,5]],1],[[[0,5],[4,5]],1],[[[0,5],[4,5]],1]]]},
  {"p":"(a+|b){0,2}","bytes":false,"flags":0,"code":[14,4,0,0,4294967295,23,24,0,2,17,0,7,10,24,6,1,2147483647,16,97,1,15,7,5,16,98,15,2,0,17,1,18,1],"groups":1,"subjects":[[97,97,98,98,97]],"results":[[[[[0,3],[2,3]],1],[[[0,3],[2,3]],1],null]]},
  {"p":"(a|ab)(c|bcd)(d*)","bytes":false,"flags":0,"code":[14,8,1,2,4294967295,1,0,97,0,17,0,16,97,7,3,15,7,5,16,98,15,2,0,17,1,17,2,7,5,16,99,15,11,9,16,98,16,99,16,100,15,2,0,17,3,17,4,24,6,0,2147483647,16,100,1,17,5,1],"groups":3,"subjects":[[97,98,99,100]],"results":[[[[[0,4],[0,1],[1,4],[4,4]],3],[[[0,4],[0,1],[1,4],[4,4]],3],[[[0,4],[0,1],[1,4],[4,4]],3]]]},
  {"p":"(?:a|b)+","bytes":false,"flags":0,"code":[14,4,0,1,4294967295,24,10,1,2147483647,13,5,22,97,98,0,1,1],"groups":0,"subjects":[[120,98,97,98]],"results":[[null,[[[1,4]],null],null]]},
  {"p":"x*+x","bytes":false,"flags":0,"code":[14,4,0,1,4294967295,29,6,0,2147483647,16,120,1,16,120,1],"groups":0,"subjects":[[120,120,120]],"results":[[null,null,null]]},
  {"p":"(?:ab)++a","bytes":false,"flags":0,"code":[14,4,0,3,4294967295,28,7,1,2147483647,16,97,16,98,1,16,97,1],"groups":0,"subjects":[[97,98,97,98,97]],"results":[[[[[0,5]],null],[[[0,5]],null],[[[0,5]],null]]]},
  {"p":"(?:(A)|[b-z])++","bytes":false,"flags":0,"code":[14,4,0,1,4294967295,28,23,1,2147483647,7,9,17,0,16,65,17,1,15,11,9,13,5,22,98,122,0,15,2,0,1,1],"groups":1,"subjects":[[65,99,98],[65,32,97,66,65,99,32]],"results":[[[[[0,3],[0,1]],1],[[[0,3],[0,1]],1],[[[0,3],[0,1]],1]],[[[[0,1],[0,1]],1],[[[0,1],[0,1]],1],null]]},
  {"p":"((x)|y|z)*+","bytes":false,"flags":0,"code":[14,4,0,0,4294967295,28,28,0,2147483647,17,0,7,9,17,2,16,120,17,3,15,12,5,16,121,15,7,5,16,122,15,2,0,17,1,1,1],"groups":2,"subjects":[[120,121,122]],"results":[[[[[0,3],[2,3],[0,1]],1],[[[0,3],[2,3],[0,1]],1],[[[0,3],[2,3],[0,1]],1]]]},
  {"p":"(?>a+)a","bytes":false,"flags":0,"code":[14,4,0,2,4294967295,27,9,24,6,1,2147483647,16,97,1,1,16,97,1],"groups":0,"subjects":[[97,97,97]],"results":[[null,null,null]]},
  {"p":"(?>(a)|b)c","bytes":false,"flags":0,"code":[14,4,0,2,2,27,18,7,9,17,0,16,97,17,1,15,7,5,16,98,15,2,0,1,16,99,1],"groups":1,"subjects":[[97,99],[98,99]],"results":[[[[[0,2],[0,1]],1],[[[0,2],[0,1]],1],[[[0,2],[0,1]],1]],[[[[0,2],[-1,-1]],null],[[[0,2],[-1,-1]],null],[[[0,2],[-1,-1]],null]]]},
  {"p":"(?=(a+))a*b\\1","bytes":false,"flags":0,"code":[14,4,0,2,4294967295,4,14,0,17,0,24,6,1,2147483647,16,97,1,17,1,1,24,6,0,2147483647,16,97,1,16,98,11,0,1],"groups":1,"subjects":[[98,97,97,97,98,97,99]],"results":[[null,[[[3,6],[3,4]],1],null]]},
  {"p":"(?!abc)\\w+","bytes":false,"flags":0,"code":[14,4,0,1,4294967295,5,9,0,16,97,16,98,16,99,1,24,9,1,2147483647,13,4,8,14,0,1,1],"groups":0,"subjects":[[97,98,99,32,97,98,100]],"results":[[null,[[[1,3]],null],null]]},
  {"p":"(?<=a)b","bytes":false,"flags":0,"code":[14,4,0,1,1,4,5,1,16,97,1,16,98,1],"groups":0,"subjects":[[97,98],[99,98]],"results":[[null,[[[1,2]],null],null],[null,null,null]]},
  {"p":"(?<!a)b","bytes":false,"flags":0,"code":[14,4,0,1,1,5,5,1,16,97,1,16,98,1],"groups":0,"subjects":[[97,98],[99,98]],"results":[[null,null,null],[null,[[[1,2]],null],null]]},
  {"p":"(?<=(a))b","bytes":false,"flags":0,"code":[14,4,0,1,1,4,9,1,17,0,16,97,17,1,1,16,98,1],"groups":1,"subjects":[[97,98]],"results":[[null,[[[1,2],[0,1]],1],null]]},
  {"p":"(a)?(?(1)b|c)","bytes":false,"flags":0,"code":[14,4,0,1,2,23,9,0,1,17,0,16,97,17,1,18,12,0,6,16,98,15,3,16,99,1],"groups":1,"subjects":[[97,98],[99],[97,99]],"results":[[[[[0,2],[0,1]],1],[[[0,2],[0,1]],1],[[[0,2],[0,1]],1]],[[[[0,1],[-1,-1]],null],[[[0,1],[-1,-1]],null],[[[0,1],[-1,-1]],null]],[null,[[[1,2],[-1,-1]],null],null]]},
  {"p":"(?P<q>['\"]).*?(?P=q)","bytes":false,"flags":0,"code":[14,9,4,2,4294967295,16,39,16,34,0,17,0,13,6,16,39,16,34,0,17,1,26,5,0,2147483647,2,1,11,0,1],"groups":1,"subjects":[[115,97,121,32,34,104,105,34,32,97,110,100,32,39,120,39]],"results":[[null,[[[4,8],[4,5]],1],null]]},
  {"p":"(a)\\1","bytes":false,"flags":2,"code":[14,4,0,2,2,17,0,40,97,17,1,38,0,1],"groups":1,"subjects":[[97,65],[97,98]],"results":[[[[[0,2],[0,1]],1],[[[0,2],[0,1]],1],[[[0,2],[0,1]],1]],[null,null,null]]},
  {"p":"(\u00e9)\\1","bytes":false,"flags":2,"code":[14,4,0,2,2,17,0,40,233,17,1,38,0,1],"groups":1,"subjects":[[233,201]],"results":[[[[[0,2],[0,1]],1],[[[0,2],[0,1]],1],[[[0,2],[0,1]],1]]]},
  {"p":"\\bfoo\\b","bytes":false,"flags":0,"code":[14,4,0,3,3,6,10,16,102,16,111,16,111,6,10,1],"groups":0,"subjects":[[97,32,102,111,111,32,98],[102,111,111,98,97,114],[102,111,111]],"results":[[null,[[[2,5]],null],null],[null,null,null],[[[[0,3]],null],[[[0,3]],null],[[[0,3]],null]]]},
  {"p":"\\Bo\\B","bytes":false,"flags":0,"code":[14,4,0,1,1,6,11,16,111,6,11,1],"groups":0,"subjects":[[102,111,111],[111]],"results":[[null,[[[1,2]],null],null],[null,null,null]]},
  {"p":"\\B","bytes":false,"flags":0,"code":[14,4,0,0,0,6,11,1],"groups":0,"subjects":[[]],"results":[[[[[0,0]],null],[[[0,0]],null],[[[0,0]],null]]]},
  {"p":"\\b","bytes":false,"flags":0,"code":[14,4,0,0,0,6,10,1],"groups":0,"subjects":[[]],"results":[[null,null,null]]},
  {"p":"^a","bytes":false,"flags":8,"code":[14,4,0,1,1,6,1,16,97,1],"groups":0,"subjects":[[98,10,97]],"results":[[null,[[[2,3]],null],null]]},
  {"p":"a$","bytes":false,"flags":8,"code":[14,8,1,1,1,1,1,97,0,16,97,6,6,1],"groups":0,"subjects":[[97,10,98]],"results":[[[[[0,1]],null],[[[0,1]],null],null]]},
  {"p":"a$","bytes":false,"flags":0,"code":[14,8,1,1,1,1,1,97,0,16,97,6,5,1],"groups":0,"subjects":[[97,10],[97,10,98]],"results":[[[[[0,1]],null],[[[0,1]],null],null],[null,null,null]]},
  {"p":"\\Aa\\Z","bytes":false,"flags":0,"code":[14,4,0,1,1,6,2,16,97,6,7,1],"groups":0,"subjects":[[97],[97,10]],"results":[[[[[0,1]],null],[[[0,1]],null],[[[0,1]],null]],[null,null,null]]},
  {"p":"\\d+","bytes":false,"flags":0,"code":[14,4,0,1,4294967295,24,9,1,2147483647,13,4,8,10,0,1,1],"groups":0,"subjects":[[97,98,49,50,51],[1633,1634,1635]],"results":[[null,[[[2,5]],null],null],[[[[0,3]],null],[[[0,3]],null],[[[0,3]],null]]]},
  {"p":"\\d+","bytes":false,"flags":256,"code":[14,4,0,1,4294967295,24,9,1,2147483647,13,4,8,0,0,1,1],"groups":0,"subjects":[[1633,1634,1635,52]],"results":[[null,[[[3,4]],null],null]]},
  {"p":"\\w+","bytes":false,"flags":0,"code":[14,4,0,1,4294967295,24,9,1,2147483647,13,4,8,14,0,1,1],"groups":0,"subjects":[[104,233,108,108,111,32,119,246,114,108,100],[95,120,49]],"results":[[[[[0,5]],null],[[[0,5]],null],null],[[[[0,3]],null],[[[0,3]],null],[[[0,3]],null]]]},
  {"p":"\\w+","bytes":false,"flags":256,"code":[14,4,0,1,4294967295,24,9,1,2147483647,13,4,8,4,0,1,1],"groups":0,"subjects":[[104,233,108,108,111]],"results":[[[[[0,1]],null],[[[0,1]],null],null]]},
  {"p":"\\s+","bytes":false,"flags":0,"code":[14,4,0,1,4294967295,24,9,1,2147483647,13,4,8,12,0,1,1],"groups":0,"subjects":[[97,32,9,10,8195,98]],"results":[[null,[[[1,5]],null],null]]},
  {"p":"\\s+","bytes":false,"flags":256,"code":[14,4,0,1,4294967295,24,9,1,2147483647,13,4,8,2,0,1,1],"groups":0,"subjects":[[97,32,8195,98]],"results":[[null,[[[1,2]],null],null]]},
  {"p":"\\W+","bytes":false,"flags":0,"code":[14,4,0,1,4294967295,24,9,1,2147483647,13,4,8,15,0,1,1],"groups":0,"subjects":[[97,98,44,32,99,100]],"results":[[null,[[[2,4]],null],null]]},
  {"p":"\\S+","bytes":false,"flags":0,"code":[14,4,0,1,4294967295,24,9,1,2147483647,13,4,8,13,0,1,1],"groups":0,"subjects":[[32,97,98,32]],"results":[[null,[[[1,3]],null],null]]},
  {"p":"\\D","bytes":false,"flags":0,"code":[14,7,4,1,1,8,11,0,13,4,8,11,0,1],"groups":0,"subjects":[[49,97]],"results":[[null,[[[1,2]],null],null]]},
  {"p":"[\\s\\S]+","bytes":false,"flags":0,"code":[14,4,0,1,4294967295,24,5,1,2147483647,3,1,1],"groups":0,"subjects":[[97,10,98]],"results":[[[[[0,3]],null],[[[0,3]],null],[[[0,3]],null]]]},
  {"p":"[^\\W\\d]+","bytes":false,"flags":0,"code":[14,4,0,1,4294967295,24,12,1,2147483647,13,7,21,8,15,8,10,0,1,1],"groups":0,"subjects":[[97,98,49,50,99,100]],"results":[[[[[0,2]],null],[[[0,2]],null],null]]},
  {"p":"abc","bytes":false,"flags":2,"code":[14,4,0,3,3,40,97,40,98,40,99,1],"groups":0,"subjects":[[65,66,67],[97,66,99]],"results":[[[[[0,3]],null],[[[0,3]],null],[[[0,3]],null]],[[[[0,3]],null],[[[0,3]],null],[[[0,3]],null]]]},
  {"p":"[a-z]+","bytes":false,"flags":2,"code":[14,4,0,1,4294967295,24,97,1,2147483647,39,92,10,3,33685760,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,33686018,0,0,0,134217726,0,0,0,0,0,131072,0,2147483648,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1],"groups":0,"subjects":[[72,101,76,76,111]],"results":[[[[[0,5]],null],[[[0,5]],null],[[[0,5]],null]]]},
  {"p":"\u00df","bytes":false,"flags":2,"code":[14,4,0,1,1,40,223,1],"groups":0,"subjects":[[7838],[83,83]],"results":[[[[[0,1]],null],[[[0,1]],null],[[[0,1]],null]],[null,null,null]]},
  {"p":"[\u00df]","bytes":false,"flags":2,"code":[14,4,0,1,1,40,223,1],"groups":0,"subjects":[[7838]],"results":[[[[[0,1]],null],[[[0,1]],null],[[[0,1]],null]]]},
  {"p":"\u03c3","bytes":false,"flags":2,"code":[14,4,0,1,1,39,6,16,963,16,962,0,1],"groups":0,"subjects":[[931],[962]],"results":[[[[[0,1]],null],[[[0,1]],null],[[[0,1]],null]],[[[[0,1]],null],[[[0,1]],null],[[[0,1]],null]]]},
  {"p":"[k]","bytes":false,"flags":2,"code":[14,4,0,1,1,40,107,1],"groups":0,"subjects":[[75],[8490]],"results":[[[[[0,1]],null],[[[0,1]],null],[[[0,1]],null]],[[[[0,1]],null],[[[0,1]],null],[[[0,1]],null]]]},
  {"p":"k","bytes":false,"flags":2,"code":[14,4,0,1,1,40,107,1],"groups":0,"subjects":[[8490]],"results":[[[[[0,1]],null],[[[0,1]],null],[[[0,1]],null]]]},
  {"p":"[a-z]","bytes":false,"flags":258,"code":[14,4,0,1,1,31,5,22,97,122,0,1],"groups":0,"subjects":[[8490],[75]],"results":[[null,null,null],[[[[0,1]],null],[[[0,1]],null],[[[0,1]],null]]]},
  {"p":"\u0130","bytes":false,"flags":2,"code":[14,4,0,1,1,39,6,16,105,16,305,0,1],"groups":0,"subjects":[[105],[304]],"results":[[[[[0,1]],null],[[[0,1]],null],[[[0,1]],null]],[[[[0,1]],null],[[[0,1]],null],[[[0,1]],null]]]},
  {"p":"[\u0400-\u04ff]+","bytes":false,"flags":0,"code":[14,4,0,1,4294967295,24,10,1,2147483647,13,5,22,1024,1279,0,1,1],"groups":0,"subjects":[[97,98,99,1087,1088,1080,1074,1077,1090]],"results":[[null,[[[3,9]],null],null]]},
  {"p":"[\u0100\u0300\u0500\u1000-\u1005]+","bytes":false,"flags":0,"code":[14,4,0,1,4294967295,24,97,1,2147483647,13,92,10,3,16777472,256,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,63,0,0,0,0,0,0,0,0,1,1],"groups":0,"subjects":[[120,768,4098,1280,121]],"results":[[null,[[[1,4]],null],null]]},
  {"p":"[^\u0100\u0300\u0500\u1000-\u1005]+","bytes":false,"flags":0,"code":[14,4,0,1,4294967295,24,98,1,2147483647,13,93,21,10,3,16777472,256,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,63,0,0,0,0,0,0,0,0,1,1],"groups":0,"subjects":[[768,97,98,4098]],"results":[[null,[[[1,3]],null],null]]},
  {"p":"[\u0100-\u0200\u0400-\u0500]","bytes":false,"flags":2,"code":[14,4,0,1,1,39,124,10,7,50462976,50529540,50529027,50529027,50529027,50529027,50529027,50529030,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,50529027,0,0,0,524800,0,0,0,2147483648,2863311530,1437248170,2863311701,3567954602,1310994729,3998297386,3042267727,2854857386,2,0,181927936,2392841,265481,0,0,0,0,0,0,0,0,0,0,0,0,4294901760,4294967295,2863311530,2863311870,2863311530,2863322452,2863311530,2,0,0,0,0,0,0,0,0,0,0,0,255,0,0,0,0,1],"groups":0,"subjects":[[257],[256]],"results":[[[[[0,1]],null],[[[0,1]],null],[[[0,1]],null]],[[[[0,1]],null],[[[0,1]],null],[[[0,1]],null]]]},
  {"p":"\ud835\udc9c+","bytes":false,"flags":0,"code":[14,4,0,1,4294967295,24,6,1,2147483647,16,119964,1,1],"groups":0,"subjects":[[120,119964,119964,121]],"results":[[null,[[[1,3]],null],null]]},
  {"p":"[\ud835\udc9c-\ud835\udcb5]","bytes":false,"flags":0,"code":[14,8,4,1,1,22,119964,119989,0,13,5,22,119964,119989,0,1],"groups":0,"subjects":[[97,119966]],"results":[[null,[[[1,2]],null],null]]},
  {"p":".","bytes":false,"flags":0,"code":[14,4,0,1,1,2,1],"groups":0,"subjects":[[119964]],"results":[[[[[0,1]],null],[[[0,1]],null],[[[0,1]],null]]]},
  {"p":"[\ud801\udc00-\ud801\udc4f]","bytes":false,"flags":2,"code":[14,4,0,1,1,39,5,42,66560,66639,0,1],"groups":0,"subjects":[[66560],[66600]],"results":[[[[[0,1]],null],[[[0,1]],null],[[[0,1]],null]],[[[[0,1]],null],[[[0,1]],null],[[[0,1]],null]]]},
  {"p":"a|b|c|d","bytes":false,"flags":0,"code":[14,8,4,1,1,22,97,100,0,13,5,22,97,100,0,1],"groups":0,"subjects":[[120,120,100]],"results":[[null,[[[2,3]],null],null]]},
  {"p":"(?:foo|bar|baz)+","bytes":false,"flags":0,"code":[14,4,0,3,4294967295,23,32,1,2147483647,7,9,16,102,16,111,16,111,15,20,9,16,98,16,97,16,114,15,11,9,16,98,16,97,16,122,15,2,0,18,1],"groups":0,"subjects":[[120,98,97,114,102,111,111,98,97,122,113]],"results":[[null,[[[1,10]],null],null]]},
  {"p":"(a)|(b)","bytes":false,"flags":0,"code":[14,4,0,1,1,7,9,17,0,16,97,17,1,15,11,9,17,2,16,98,17,3,15,2,0,1],"groups":2,"subjects":[[98]],"results":[[[[[0,1],[-1,-1],[0,1]],2],[[[0,1],[-1,-1],[0,1]],2],[[[0,1],[-1,-1],[0,1]],2]]]},
  {"p":"(a)(b)?","bytes":false,"flags":0,"code":[14,8,1,1,2,1,0,97,0,17,0,16,97,17,1,23,9,0,1,17,2,16,98,17,3,18,1],"groups":2,"subjects":[[97],[97,98]],"results":[[[[[0,1],[0,1],[-1,-1]],1],[[[0,1],[0,1],[-1,-1]],1],[[[0,1],[0,1],[-1,-1]],1]],[[[[0,2],[0,1],[1,2]],2],[[[0,2],[0,1],[1,2]],2],[[[0,2],[0,1],[1,2]],2]]]},
  {"p":"(?:(a)|b)*","bytes":false,"flags":0,"code":[14,4,0,0,4294967295,23,19,0,2147483647,7,9,17,0,16,97,17,1,15,7,5,16,98,15,2,0,18,1],"groups":1,"subjects":[[97,98],[98,97]],"results":[[[[[0,2],[0,1]],1],[[[0,2],[0,1]],1],[[[0,2],[0,1]],1]],[[[[0,2],[1,2]],1],[[[0,2],[1,2]],1],[[[0,2],[1,2]],1]]]},
  {"p":"(a*)*","bytes":false,"flags":0,"code":[14,4,0,0,4294967295,23,14,0,2147483647,17,0,24,6,0,2147483647,16,97,1,17,1,18,1],"groups":1,"subjects":[[98],[97,97]],"results":[[[[[0,0],[0,0]],1],[[[0,0],[0,0]],1],null],[[[[0,2],[2,2]],1],[[[0,2],[2,2]],1],[[[0,2],[2,2]],1]]]},
  {"p":"(a*)+","bytes":false,"flags":0,"code":[14,4,0,0,4294967295,23,14,1,2147483647,17,0,24,6,0,2147483647,16,97,1,17,1,18,1],"groups":1,"subjects":[[98]],"results":[[[[[0,0],[0,0]],1],[[[0,0],[0,0]],1],null]]},
  {"p":"(a|)*b","bytes":false,"flags":0,"code":[14,4,0,1,4294967295,23,17,0,2147483647,17,0,7,5,16,97,15,5,3,15,2,0,17,1,18,16,98,1],"groups":1,"subjects":[[97,97,98]],"results":[[[[[0,3],[2,2]],1],[[[0,3],[2,2]],1],[[[0,3],[2,2]],1]]]},
  {"p":"(?:x*)*y","bytes":false,"flags":0,"code":[14,4,0,1,4294967295,23,10,0,2147483647,24,6,0,2147483647,16,120,1,18,16,121,1],"groups":0,"subjects":[[120,120,121]],"results":[[[[[0,3]],null],[[[0,3]],null],[[[0,3]],null]]]},
  {"p":"(a*?)*?b","bytes":false,"flags":0,"code":[14,4,0,1,4294967295,23,14,0,2147483647,17,0,26,6,0,2147483647,16,97,1,17,1,19,16,98,1],"groups":1,"subjects":[[97,97,98]],"results":[[[[[0,3],[1,2]],1],[[[0,3],[1,2]],1],[[[0,3],[1,2]],1]]]},
  {"p":"(?s:.)a","bytes":false,"flags":0,"code":[14,4,0,2,2,3,16,97,1],"groups":0,"subjects":[[10,97]],"results":[[[[[0,2]],null],[[[0,2]],null],[[[0,2]],null]]]},
  {"p":"(?i:A)b","bytes":false,"flags":0,"code":[14,4,0,2,2,40,97,16,98,1],"groups":0,"subjects":[[97,98],[97,66]],"results":[[[[[0,2]],null],[[[0,2]],null],[[[0,2]],null]],[null,null,null]]},
  {"p":"(?x) a b # comment","bytes":false,"flags":0,"code":[14,10,3,2,2,2,2,97,98,0,0,16,97,16,98,1],"groups":0,"subjects":[[97,98]],"results":[[[[[0,2]],null],[[[0,2]],null],[[[0,2]],null]]]},
  {"p":"[\\d\\-_]+","bytes":false,"flags":0,"code":[14,4,0,1,4294967295,24,13,1,2147483647,13,8,8,10,16,45,16,95,0,1,1],"groups":0,"subjects":[[97,49,45,50,95,51,98]],"results":[[null,[[[1,6]],null],null]]},
  {"p":"[-a]","bytes":false,"flags":0,"code":[14,9,4,1,1,16,45,16,97,0,13,6,16,45,16,97,0,1],"groups":0,"subjects":[[45]],"results":[[[[[0,1]],null],[[[0,1]],null],[[[0,1]],null]]]},
  {"p":"\\x41\\101\\u0041","bytes":false,"flags":0,"code":[14,12,3,3,3,3,3,65,65,65,0,1,2,16,65,16,65,16,65,1],"groups":0,"subjects":[[65,65,65]],"results":[[[[[0,3]],null],[[[0,3]],null],[[[0,3]],null]]]},
  {"p":"a{,3}b","bytes":false,"flags":0,"code":[14,4,0,1,4,24,6,0,3,16,97,1,16,98,1],"groups":0,"subjects":[[97,97,97,97,98]],"results":[[null,[[[1,5]],null],null]]},
  {"p":"(?:a{2})*","bytes":false,"flags":0,"code":[14,4,0,0,4294967295,23,10,0,2147483647,24,6,2,2,16,97,1,18,1],"groups":0,"subjects":[[97,97,97,97,97]],"results":[[[[[0,4]],null],[[[0,4]],null],null]]},
  {"p":"(a){3}","bytes":false,"flags":0,"code":[14,4,0,3,3,23,9,3,3,17,0,16,97,17,1,18,1],"groups":1,"subjects":[[97,97,97,97]],"results":[[[[[0,3],[2,3]],1],[[[0,3],[2,3]],1],null]]},
  {"p":"(\\d+)-(\\d+)","bytes":false,"flags":0,"code":[14,4,0,3,4294967295,17,0,24,9,1,2147483647,13,4,8,10,0,1,17,1,16,45,17,2,24,9,1,2147483647,13,4,8,10,0,1,17,3,1],"groups":2,"subjects":[[116,101,108,32,49,50,45,51,52,53,32,120]],"results":[[null,[[[4,10],[4,6],[7,10]],2],null]]},
  {"p":"([a-z]+)@([a-z]+)\\.com","bytes":false,"flags":0,"code":[14,4,0,7,4294967295,17,0,24,10,1,2147483647,13,5,22,97,122,0,1,17,1,16,64,17,2,24,10,1,2147483647,13,5,22,97,122,0,1,17,3,16,46,16,99,16,111,16,109,1],"groups":2,"subjects":[[109,97,105,108,32,98,111,98,64,115,105,116,101,46,99,111,109,32,110,111,119]],"results":[[null,[[[5,17],[5,8],[9,13]],2],null]]},
  {"p":"^(\\w+)\\s*=\\s*(.*?)\\s*$","bytes":false,"flags":8,"code":[14,4,0,2,4294967295,6,1,17,0,24,9,1,2147483647,13,4,8,14,0,1,17,1,24,9,0,2147483647,13,4,8,12,0,1,16,61,24,9,0,2147483647,13,4,8,12,0,1,17,2,26,5,0,2147483647,2,1,17,3,24,9,0,2147483647,13,4,8,12,0,1,6,6,1],"groups":2,"subjects":[[107,101,121,32,61,32,118,97,108,117,101,32,32,10,107,50,61,118,50]],"results":[[[[[0,13],[0,3],[6,11]],2],[[[0,13],[0,3],[6,11]],2],null]]},
  {"p":"(?P<year>\\d{4})-(?P<month>\\d\\d)","bytes":false,"flags":0,"code":[14,4,0,7,7,17,0,24,9,4,4,13,4,8,10,0,1,17,1,16,45,17,2,13,4,8,10,0,13,4,8,10,0,17,3,1],"groups":2,"subjects":[[111,110,32,50,48,50,52,45,48,53,45,49,55]],"results":[[null,[[[3,10],[3,7],[8,10]],2],null]]},
  {"p":"(a)|b","bytes":false,"flags":0,"code":[14,4,0,1,1,7,9,17,0,16,97,17,1,15,7,5,16,98,15,2,0,1],"groups":1,"subjects":[[98]],"results":[[[[[0,1],[-1,-1]],null],[[[0,1],[-1,-1]],null],[[[0,1],[-1,-1]],null]]]},
  {"p":"(?:(a)|(b))+","bytes":false,"flags":0,"code":[14,4,0,1,4294967295,23,23,1,2147483647,7,9,17,0,16,97,17,1,15,11,9,17,2,16,98,17,3,15,2,0,18,1],"groups":2,"subjects":[[97,98]],"results":[[[[[0,2],[0,1],[1,2]],2],[[[0,2],[0,1],[1,2]],2],[[[0,2],[0,1],[1,2]],2]]]},
  {"p":"(?:(a)|(b))+?c","bytes":false,"flags":0,"code":[14,4,0,2,4294967295,23,23,1,2147483647,7,9,17,0,16,97,17,1,15,11,9,17,2,16,98,17,3,15,2,0,19,16,99,1],"groups":2,"subjects":[[97,98,99]],"results":[[[[[0,3],[0,1],[1,2]],2],[[[0,3],[0,1],[1,2]],2],[[[0,3],[0,1],[1,2]],2]]]},
  {"p":"(a)(?:(b)|c)*","bytes":false,"flags":0,"code":[14,8,1,1,4294967295,1,0,97,0,17,0,16,97,17,1,23,19,0,2147483647,7,9,17,2,16,98,17,3,15,7,5,16,99,15,2,0,18,1],"groups":2,"subjects":[[97,98,99,98]],"results":[[[[[0,4],[0,1],[3,4]],2],[[[0,4],[0,1],[3,4]],2],[[[0,4],[0,1],[3,4]],2]]]},
  {"p":"((a)|b)+","bytes":false,"flags":0,"code":[14,4,0,1,4294967295,23,23,1,2147483647,17,0,7,9,17,2,16,97,17,3,15,7,5,16,98,15,2,0,17,1,18,1],"groups":2,"subjects":[[97,98]],"results":[[[[[0,2],[1,2],[0,1]],1],[[[0,2],[1,2],[0,1]],1],[[[0,2],[1,2],[0,1]],1]]]},
  {"p":"abc","bytes":true,"flags":0,"code":[14,12,3,3,3,3,3,97,98,99,0,0,0,16,97,16,98,16,99,1],"groups":0,"subjects":[[120,97,98,99]],"results":[[null,[[[1,4]],null],null]]},
  {"p":"[\\x80-\\xff]+","bytes":true,"flags":0,"code":[14,4,0,1,4294967295,24,10,1,2147483647,13,5,22,128,255,0,1,1],"groups":0,"subjects":[[97,128,255,98]],"results":[[null,[[[1,3]],null],null]]},
  {"p":"\\w+","bytes":true,"flags":0,"code":[14,4,0,1,4294967295,24,9,1,2147483647,13,4,8,4,0,1,1],"groups":0,"subjects":[[97,98,233,99]],"results":[[[[[0,2]],null],[[[0,2]],null],null]]},
  {"p":"\\w+","bytes":true,"flags":4,"code":[14,4,0,1,4294967295,24,9,1,2147483647,13,4,8,8,0,1,1],"groups":0,"subjects":[[97,98,233,99]],"results":[[[[[0,2]],null],[[[0,2]],null],null]]},
  {"p":"[a-z]+","bytes":true,"flags":2,"code":[14,4,0,1,4294967295,24,10,1,2147483647,31,5,22,97,122,0,1,1],"groups":0,"subjects":[[65,98,67]],"results":[[[[[0,3]],null],[[[0,3]],null],[[[0,3]],null]]]},
  {"p":"(a)\\1","bytes":true,"flags":2,"code":[14,4,0,2,2,17,0,32,97,17,1,30,0,1],"groups":1,"subjects":[[97,65]],"results":[[[[[0,2],[0,1]],1],[[[0,2],[0,1]],1],[[[0,2],[0,1]],1]]]},
  {"p":"\\bx\\b","bytes":true,"flags":4,"code":[14,4,0,1,1,6,8,16,120,6,8,1],"groups":0,"subjects":[[97,32,120,32,98]],"results":[[null,[[[2,3]],null],null]]},
  {"p":"[\\s]+","bytes":true,"flags":0,"code":[14,4,0,1,4294967295,24,9,1,2147483647,13,4,8,2,0,1,1],"groups":0,"subjects":[[97,32,9,11,98]],"results":[[null,[[[1,4]],null],null]]},
  {"p":"\\d","bytes":true,"flags":0,"code":[14,7,4,1,1,8,0,0,13,4,8,0,0,1],"groups":0,"subjects":[[120,57]],"results":[[null,[[[1,2]],null],null]]},
  {"p":"a","bytes":true,"flags":6,"code":[14,4,0,1,1,36,97,1],"groups":0,"subjects":[[65]],"results":[[[[[0,1]],null],[[[0,1]],null],[[[0,1]],null]]]},
  {"p":"[ab]","bytes":true,"flags":6,"code":[14,4,0,1,1,35,5,22,97,98,0,1],"groups":0,"subjects":[[66]],"results":[[[[[0,1]],null],[[[0,1]],null],[[[0,1]],null]]]},
  {"p":"[^a]","bytes":true,"flags":6,"code":[14,4,0,1,1,37,97,1],"groups":0,"subjects":[[65],[99]],"results":[[null,null,null],[[[[0,1]],null],[[[0,1]],null],[[[0,1]],null]]]},
];

type Outcome = [number[][], number | null] | null;

function run(c: EngineCase, subject: number[], kind: 'match' | 'search' | 'fullmatch'): Outcome {
  const code = Uint32Array.from(c.code);
  const st = new SreState(code, c.groups);
  st.begin(c.bytes ? Uint8Array.from(subject) : Int32Array.from(subject), 0, Number.MAX_SAFE_INTEGER);
  let found: boolean;
  if (kind === 'search') {
    found = sreSearch(st);
  } else {
    st.matchAll = kind === 'fullmatch';
    found = sreMatch(st, 0, true);
  }
  if (!found) return null;
  // The spans as pattern_new_match reads them from the state.
  const regs: number[][] = [[st.start, st.ptr]];
  for (let g = 0; g < c.groups; g++) {
    const j = 2 * g;
    if (j + 1 <= st.lastmark && st.marks[j] >= 0 && st.marks[j + 1] >= 0) regs.push([st.marks[j], st.marks[j + 1]]);
    else regs.push([-1, -1]);
  }
  return [regs, st.lastindex >= 0 ? st.lastindex : null];
}

describe('SRE engine against CPython 3.14 code lists', () => {
  for (const c of CASES) {
    const label = `${c.bytes ? 'b' : ''}${JSON.stringify(c.p)} flags=${c.flags}`;
    it(`${label} is valid code`, () => {
      expect(validateCode(Uint32Array.from(c.code), c.groups)).toBe(true);
    });
    c.subjects.forEach((subject, k) => {
      const text = c.bytes ? String.fromCharCode(...subject) : String.fromCodePoint(...subject);
      it(`${label} on ${JSON.stringify(text)}`, () => {
        const kinds = ['match', 'search', 'fullmatch'] as const;
        const got = kinds.map((kind) => run(c, subject, kind));
        expect(got).toEqual(c.results[k]);
      });
    });
  }
});

describe('SRE engine: positions and state reuse', () => {
  const abc = CASES.find((c) => c.p === 'abc' && !c.bytes)!;
  it('search honours pos/endpos and ^ only matches at the real start', () => {
    const st = new SreState(Uint32Array.from(abc.code), 0);
    st.begin(Int32Array.from([...'xabcabc'].map((ch) => ch.codePointAt(0)!)), 2, 7);
    expect(sreSearch(st)).toBe(true);
    expect([st.start, st.ptr]).toEqual([4, 7]);
    st.begin(Int32Array.from([...'xabcabc'].map((ch) => ch.codePointAt(0)!)), 2, 6);
    expect(sreSearch(st)).toBe(false);
  });
  it('backtracks through 100000 repeat iterations without growing the JS stack', () => {
    // (?:a|b)*c compiles to REPEAT/MAX_UNTIL with a BRANCH: one context per iteration.
    const c = CASES.find((x) => x.p === '(?:foo|bar|baz)+')!;
    const st = new SreState(Uint32Array.from(c.code), c.groups);
    const n = 100000;
    const text = new Int32Array(n * 3);
    for (let i = 0; i < n; i++) text.set([0x62, 0x61, 0x72], i * 3);
    st.begin(text, 0, text.length);
    expect(sreMatch(st, 0, true)).toBe(true);
    expect(st.ptr).toBe(text.length);
  });
});

describe('SRE engine: interrupts', () => {
  it('stops a long match when the host interrupt flag is set', () => {
    const c = CASES.find((x) => x.p === '(?:foo|bar|baz)+')!;
    const st = new SreState(Uint32Array.from(c.code), c.groups);
    const text = new Int32Array(30000).fill(0x62);
    for (let i = 0; i < 10000; i++) text.set([0x62, 0x61, 0x72], i * 3);
    st.begin(text, 0, text.length);
    st.interrupt = new Int32Array([1]);
    expect(() => sreMatch(st, 0, true)).toThrow(SreInterrupted);
    st.interrupt = new Int32Array([0]);
    st.begin(text, 0, text.length);
    expect(sreMatch(st, 0, true)).toBe(true);
  });

  it('runs onInterrupt when the flag is set: a handler that returns lets the match go on, one that throws ends it', () => {
    const c = CASES.find((x) => x.p === '(?:foo|bar|baz)+')!;
    const st = new SreState(Uint32Array.from(c.code), c.groups);
    const text = new Int32Array(30000);
    for (let i = 0; i < 10000; i++) text.set([0x62, 0x61, 0x72], i * 3);
    const flag = new Int32Array([1]);
    st.interrupt = flag;
    let calls = 0;
    st.onInterrupt = () => {
      calls++;
      flag[0] = 0; // the handler ran: the signal is no longer pending
    };
    st.begin(text, 0, text.length);
    expect(sreMatch(st, 0, true)).toBe(true);
    expect(calls).toBe(1);
    expect(st.ptr).toBe(text.length);
    flag[0] = 1;
    st.onInterrupt = () => {
      throw new Error('KeyboardInterrupt');
    };
    st.begin(text, 0, text.length);
    expect(() => sreMatch(st, 0, true)).toThrow('KeyboardInterrupt');
  });
});

describe('SRE validator', () => {
  it('rejects code that does not end with SUCCESS', () => {
    expect(validateCode(Uint32Array.from([16, 97]), 0)).toBe(false);
  });
  it('rejects an unknown opcode and a skip past the end', () => {
    expect(validateCode(Uint32Array.from([99, 1]), 0)).toBe(false);
    expect(validateCode(Uint32Array.from([13, 50, 16, 97, 0, 1]), 0)).toBe(false);
  });
  it('rejects a group reference or mark beyond the groups', () => {
    expect(validateCode(Uint32Array.from([11, 0, 1]), 0)).toBe(false);
    expect(validateCode(Uint32Array.from([17, 4, 1]), 1)).toBe(false);
    expect(validateCode(Uint32Array.from([17, 0, 17, 1, 11, 0, 1]), 1)).toBe(true);
  });
});

describe('SRE character helpers', () => {
  it('map case like Py_UNICODE_TOLOWER/TOUPPER (first character of special mappings)', () => {
    expect(lowerUnicode(0x130)).toBe(0x69);
    expect(upperUnicode(0xdf)).toBe(0x53);
    expect(lowerUnicode(0x212a)).toBe(0x6b);
    expect(upperUnicode(0x3c2)).toBe(0x3a3);
    expect(lowerUnicode(0x10400)).toBe(0x10428);
    expect(lowerUnicode(0xd800)).toBe(0xd800);
  });
  it('classify digits, spaces and word characters as CPython does', () => {
    expect(isUniDigit(0x661)).toBe(true);
    expect(isUniDigit(0xb2)).toBe(false);
    expect(isUniSpace(0x1c)).toBe(true);
    expect(isUniSpace(0x200b)).toBe(false);
    expect(isUniWord(0xb2)).toBe(true);
    expect(isUniWord(0x2d)).toBe(false);
    // CATEGORY_SPACE (ASCII) is only space and \t..\r, not \x1c.
    expect(inCategory(2, 0x1c)).toBe(false);
    expect(inCategory(12, 0x1c)).toBe(true);
  });
});

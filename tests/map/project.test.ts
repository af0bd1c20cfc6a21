import {describe, expect, it} from 'vitest';
import {gzipSync} from 'node:zlib';
import {countries} from '../../src/content/vocabularies';
import {projectEurope} from '../../src/map/project';

const map = projectEurope();

describe('the projected map of Europe', () => {
  it('draws every network country from the package data, after the background countries', () => {
    const codes = map.shapes.filter((s) => s.code).map((s) => s.code);
    expect(codes.sort()).toEqual(Object.keys(countries).sort());
    const firstNetwork = map.shapes.findIndex((s) => s.code);
    expect(map.shapes.slice(firstNetwork).every((s) => s.code)).toBe(true);
    expect(firstNetwork).toBeGreaterThan(10);
  });
  it('writes plain SVG path data within the frame', () => {
    for (const {d} of map.shapes) {
      expect(d).toMatch(/^M[\d.,LMZ-]+$/);
      const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      expect(numbers.every((n) => n >= 0 && n <= Math.max(map.width, map.height))).toBe(true);
    }
  });
  it('puts each country centre inside the frame, west of east and north of south', () => {
    for (const [x, y] of Object.values(map.centres)) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(map.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(map.height);
    }
    expect(map.centres.ES[0]).toBeLessThan(map.centres.RO[0]);
    expect(map.centres.LV[1]).toBeLessThan(map.centres.GR[1]);
  });
  it('stays small enough to ship to the browser', () => {
    expect(gzipSync(JSON.stringify(map)).length).toBeLessThan(10_000);
  });
});

import { describe, expect, it } from 'vitest';
import { decodeGo, parseGoJson, T } from '../../../src/engine/api/gojson';
import { ContainerCreateBody } from '../../../src/engine/api/bodies';

// Expected messages recorded from dockerd 20.10 (see scripts/golden/scenarios/09-api-curl.sh and
// test/contract): Go's encoding/json wording.
describe('Go-compatible JSON decoding', () => {
  const syntax: Array<[string, string]> = [
    ['', 'EOF'],
    ['{bad json', "invalid character 'b' looking for beginning of object key string"],
    ['{"Image":"busybox",', 'unexpected EOF'],
    ['{"a" 1}', "invalid character '1' after object key"],
    ['{"a":1 2}', "invalid character '2' after object key:value pair"],
    ['[1 2]', "invalid character '2' after array element"],
    ['nul', 'unexpected EOF'],
    ['nuxl', "invalid character 'x' in literal null (expecting 'l')"],
    ["'x'", "invalid character '\\'' looking for beginning of value"],
    ['-a', "invalid character 'a' in numeric literal"],
    ['"a\\q"', "invalid character 'q' in string escape code"],
  ];
  for (const [input, message] of syntax) {
    it(`syntax: ${JSON.stringify(input)}`, () => {
      expect(() => parseGoJson(input)).toThrow(message);
    });
  }

  it('uses json.Unmarshal wording for query values', () => {
    expect(() => parseGoJson('notjson', 'unmarshal')).toThrow(
      "invalid character 'o' in literal null (expecting 'u')",
    );
    expect(() => parseGoJson('{"a":', 'unmarshal')).toThrow('unexpected end of JSON input');
    expect(() => parseGoJson('{} x', 'unmarshal')).toThrow("invalid character 'x' after top-level value");
  });

  it('reports type errors with the Go struct field path', () => {
    expect(() => decodeGo('{"Image":5}', ContainerCreateBody)).toThrow(
      'json: cannot unmarshal number into Go struct field ContainerConfigWrapper.Image of type string',
    );
    expect(() => decodeGo('{"Image":"b","Env":"A=1"}', ContainerCreateBody)).toThrow(
      'json: cannot unmarshal string into Go struct field ContainerConfigWrapper.Env of type []string',
    );
    expect(() => decodeGo('{"HostConfig":{"Memory":"x"}}', ContainerCreateBody)).toThrow(
      'json: cannot unmarshal string into Go struct field HostConfig.HostConfig.Memory of type int64',
    );
    expect(() => decodeGo('{"Cmd":[1]}', ContainerCreateBody)).toThrow(
      'json: cannot unmarshal array into Go struct field ContainerConfigWrapper.Cmd of type string',
    );
    expect(() => decodeGo('[1]', ContainerCreateBody)).toThrow(
      'json: cannot unmarshal array into Go value of type ContainerConfigWrapper',
    );
    expect(() => decodeGo('{"ExposedPorts":{"80/tcp":1}}', ContainerCreateBody)).toThrow(
      'json: cannot unmarshal number into Go struct field ContainerConfigWrapper.ExposedPorts of type struct {}',
    );
  });

  it('matches fields case-insensitively, drops unknown ones, accepts a string Cmd', () => {
    const v = decodeGo<Record<string, unknown>>(
      '{"image":"busybox","Bogus":1,"cmd":"echo hi"}',
      ContainerCreateBody,
    );
    expect(v).toEqual({ Image: 'busybox', Cmd: ['echo hi'] });
  });

  it('ignores null and keeps __proto__ keys as plain data', () => {
    const v = decodeGo<Record<string, unknown>>('{"__proto__":{"x":"1"}}', T.map(T.map(T.string)));
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.keys(v)).toEqual(['__proto__']);
    expect(decodeGo('null', ContainerCreateBody)).toBeNull();
  });
});

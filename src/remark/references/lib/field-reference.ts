/**
 * The front-matter reference for contributors, generated from the schema
 * descriptors in `src/content/schema.ts`, so it can never disagree with the
 * checker. A page asks for it with `generated: field-reference`.
 */
import type {RootContent, TableCell, TableRow} from 'mdast';
import {families, kindNames, schemas, type Field} from '../../../content/schema';
import {heading, text} from './nodes';

const code = (value: string) => ({type: 'inlineCode' as const, value});

/** A heading and a table of fields for every kind of item. */
export function fieldReference(): RootContent[] {
  const out: RootContent[] = [];
  for (const family of families) {
    const cell = (children: TableCell['children']): TableCell => ({type: 'tableCell', children});
    const row = (field: string, spec: Field<unknown>, prefix = ''): TableRow[] => [
      {
        type: 'tableRow',
        children: [
          cell([code(`${prefix}${field}`)]),
          cell([text(spec.type)]),
          cell([text(spec.required ? 'required' : 'optional')]),
          cell([text(spec.description + (spec.refKinds ? ` Ids of: ${spec.refKinds.map((k) => kindNames[k]).join(', ')}.` : ''))]),
        ],
      },
      ...Object.entries(spec.shape ?? {}).flatMap(([inner, innerSpec]) => row(inner, innerSpec, `${prefix}${field}.`)),
    ];
    const header: TableRow = {type: 'tableRow', children: ['Field', 'Type', 'Required', 'Meaning'].map((label) => cell([text(label)]))};
    const rows = Object.entries(schemas[family.kind]).flatMap(([field, spec]) => row(field, spec as Field<unknown>));
    out.push(
      heading(2, `${kindNames[family.kind][0].toUpperCase()}${kindNames[family.kind].slice(1)} (${family.shape})`, family.kind),
      {type: 'paragraph', children: [text('Lives in '), code(`${family.instance}/${family.folder}/${family.byCountry ? '<country>/' : ''}`), text('.')]},
      {type: 'table', align: header.children.map(() => null), children: [header, ...rows]},
    );
  }
  return out;
}

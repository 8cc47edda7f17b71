import { Type, type Static } from '@sinclair/typebox';

/**
 * The outline: the contract between analysis and slides. The schema below is the
 * single definition: the TypeScript types are derived from it and
 * `outline.schema.json` is generated from it.
 */

const SentenceIds = Type.Array(Type.Integer({ minimum: 0 }), {
  description: 'Ids of the source sentences (indexes into source.sentences) the text came from.',
});

export const PointSchema = Type.Recursive(
  (Self) =>
    Type.Object(
      {
        text: Type.String({ minLength: 1, description: 'The bullet as shown on the slide.' }),
        from: Type.Optional(SentenceIds),
        points: Type.Optional(Type.Array(Self, { description: 'Sub-points shown one level in.' })),
      },
      { additionalProperties: false },
    ),
  { $id: 'Point' },
);

export const QuoteSchema = Type.Object(
  {
    text: Type.String({ minLength: 1 }),
    by: Type.Optional(Type.String({ minLength: 1 })),
    from: Type.Optional(SentenceIds),
  },
  { additionalProperties: false },
);

export const ImageSchema = Type.Object(
  {
    src: Type.String({ minLength: 1 }),
    alt: Type.String({ description: 'Alternative text read by screen readers.' }),
    caption: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

export const TableSchema = Type.Object(
  {
    rows: Type.Array(Type.Array(Type.String(), { minItems: 1 }), {
      minItems: 1,
      description: 'The table row by row, each row its cells; the first row is the header.',
    }),
  },
  { additionalProperties: false },
);

export const SectionSchema = Type.Object(
  {
    heading: Type.String({ minLength: 1, description: 'The slide title for this section.' }),
    level: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 6,
        description: 'How deep the section sits: 1 (or absent) for a part of the talk, 2 for a sub-section of the part before it, and so on. The agenda lists the parts.',
      }),
    ),
    points: Type.Array(PointSchema, { default: [] }),
    quote: Type.Optional(QuoteSchema),
    images: Type.Optional(Type.Array(ImageSchema, { minItems: 1, description: 'Pictures shown after the points, one slide each.' })),
    tables: Type.Optional(Type.Array(TableSchema, { minItems: 1, description: 'Tables shown after the pictures, each on its own slides.' })),
    notes: Type.Optional(Type.String({ description: 'Speaker notes: what the slides leave out.' })),
  },
  { additionalProperties: false },
);

export const SourceSchema = Type.Object(
  {
    name: Type.String(),
    words: Type.Integer({ minimum: 0 }),
    sentences: Type.Array(Type.String()),
  },
  { additionalProperties: false },
);

export const OutlineSchema = Type.Object(
  {
    title: Type.String({ minLength: 1 }),
    subtitle: Type.Optional(Type.String()),
    author: Type.Optional(Type.String()),
    date: Type.Optional(Type.String()),
    lang: Type.String({ minLength: 2, default: 'en', description: 'BCP 47 language tag of the text.' }),
    source: Type.Optional(SourceSchema),
    takeaways: Type.Array(PointSchema, { default: [], description: 'Three to five key points of the whole article.' }),
    sections: Type.Array(SectionSchema, { minItems: 1 }),
  },
  { additionalProperties: false, title: 'deckwright outline' },
);

export type Point = Static<typeof PointSchema>;
export type Quote = Static<typeof QuoteSchema>;
export type Image = Static<typeof ImageSchema>;
export type Table = Static<typeof TableSchema>;
export type Section = Static<typeof SectionSchema>;
export type Source = Static<typeof SourceSchema>;

export type Outline = Static<typeof OutlineSchema>;

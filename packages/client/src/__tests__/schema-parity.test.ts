import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { articleSchema } from '../schemas/article';
import { authorSchema } from '../schemas/author';
import { issueSchema } from '../schemas/issue';
import { publicationSchema } from '../schemas/publication';
import { redirectSchema } from '../schemas/redirect';
import { sectionSchema } from '../schemas/section';
import { sourceSchema } from '../schemas/source';
import { tagSchema } from '../schemas/tag';
import { volumeSchema } from '../schemas/volume';

/**
 * The CMS's schema.json files are the truth; these hand-written zod schemas must not drift from them. For every
 * content type this test compares the field set, the required flags, enum values and relation targets.
 */
const CMS_SRC = path.resolve(__dirname, '../../../../apps/cms/src');

type Attribute = {
  type: string;
  required?: boolean;
  private?: boolean;
  relation?: string;
  target?: string;
  component?: string;
  repeatable?: boolean;
  multiple?: boolean;
  enum?: string[];
};
type CmsSchema = { attributes: Record<string, Attribute>; options?: { draftAndPublish?: boolean } };

const readJson = (file: string): CmsSchema => JSON.parse(readFileSync(file, 'utf8'));

/** Every content type; an API folder without one (routes and a controller only, like `openapi`) has no schema. */
const contentTypes: Record<string, CmsSchema> = Object.fromEntries(
  readdirSync(path.join(CMS_SRC, 'api'))
    .map((name) => [name, path.join(CMS_SRC, 'api', name, 'content-types', name, 'schema.json')] as const)
    .filter(([, file]) => existsSync(file))
    .map(([name, file]) => [`api::${name}.${name}`, readJson(file)]),
);

const components: Record<string, CmsSchema> = Object.fromEntries(
  readdirSync(path.join(CMS_SRC, 'components')).flatMap((category) =>
    readdirSync(path.join(CMS_SRC, 'components', category)).map((file) => [
      `${category}.${file.replace(/\.json$/, '')}`,
      readJson(path.join(CMS_SRC, 'components', category, file)),
    ]),
  ),
);

/** Which zod schema stands for which content type, and the fields it leaves out on purpose (with the reason). */
const MODELS: Array<{ uid: string; schema: z.ZodObject; omitted: Record<string, string>; requiredToPublish?: string[] }> = [
  { uid: 'api::volume.volume', schema: volumeSchema, omitted: {} },
  { uid: 'api::issue.issue', schema: issueSchema, omitted: {}, requiredToPublish: ['volume'] },
  { uid: 'api::article.article', schema: articleSchema, omitted: {} },
  { uid: 'api::author.author', schema: authorSchema, omitted: { articles: 'paged: listArticles({ author })' } },
  { uid: 'api::source.source', schema: sourceSchema, omitted: {} },
  { uid: 'api::section.section', schema: sectionSchema, omitted: { articles: 'paged: listArticles({ section })' } },
  { uid: 'api::tag.tag', schema: tagSchema, omitted: { articles: 'paged: listArticles({ tag })' } },
  { uid: 'api::redirect.redirect', schema: redirectSchema, omitted: {} },
  { uid: 'api::publication.publication', schema: publicationSchema, omitted: {} },
];

/** Fields Strapi adds to every document that the client keeps. */
const SYSTEM_FIELDS = new Set(['documentId', 'publishedAt', 'updatedAt']);

const accepts = (schema: z.ZodType, value: unknown) => schema.safeParse(value).success;

/** The object schema inside arrays, nullables and optionals. */
function objectOf(schema: z.ZodType): z.ZodObject {
  let current: z.ZodType = schema;
  for (;;) {
    if (current instanceof z.ZodObject) return current;
    if (current instanceof z.ZodNullable || current instanceof z.ZodOptional) current = current.unwrap() as z.ZodType;
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else throw new Error(`expected an object schema, found ${current.def.type}`);
  }
}

/** A value of the attribute's scalar type, to check that the zod field accepts it. */
const SAMPLE_VALUES: Record<string, unknown> = {
  string: 'A title',
  text: 'Some text.',
  uid: 'a-slug',
  email: 'someone@example.org',
  integer: 2024,
  date: '2025-01-01',
  datetime: '2025-01-01T07:00:00.000Z',
  blocks: [],
};

function checkFields(
  label: string,
  cms: CmsSchema,
  schema: z.ZodObject,
  omitted: Record<string, string>,
  requiredToPublish: string[] = [],
) {
  const shape = schema.shape as Record<string, z.ZodType>;
  const publicAttributes = Object.entries(cms.attributes).filter(([, attribute]) => !attribute.private);

  describe(label, () => {
    it('has every public field of the CMS schema, and no other', () => {
      const expected = publicAttributes.map(([name]) => name).filter((name) => !(name in omitted));
      const actual = Object.keys(shape).filter((name) => !SYSTEM_FIELDS.has(name));
      expect(actual.sort()).toEqual(expected.sort());
    });

    it('never declares a private field', () => {
      const privates = Object.entries(cms.attributes)
        .filter(([, attribute]) => attribute.private)
        .map(([name]) => name);
      for (const name of privates) expect(shape).not.toHaveProperty(name);
    });

    it.each(publicAttributes.filter(([name]) => name in shape))('types %s as the CMS does', (name, attribute) => {
      const field = shape[name];
      const required = attribute.required === true || requiredToPublish.includes(name);
      const toMany =
        (attribute.type === 'relation' && /ToMany$/.test(attribute.relation ?? '')) || attribute.repeatable || attribute.multiple;

      if (toMany) {
        expect(accepts(field, [])).toBe(true);
        expect(accepts(field, null)).toBe(false);
      } else {
        expect({ name, nullable: accepts(field, null) }).toEqual({ name, nullable: !required });
      }
      if (attribute.type in SAMPLE_VALUES) expect(accepts(field, SAMPLE_VALUES[attribute.type])).toBe(true);
      if (attribute.type === 'enumeration') {
        const options = objectOf(z.object({ value: field })).shape.value as z.ZodType;
        for (const value of attribute.enum ?? []) expect(accepts(options, value)).toBe(true);
        expect(accepts(options, '__not_an_option__')).toBe(false);
      }
    });

    const nested = publicAttributes.filter(
      ([name, attribute]) => name in shape && ['relation', 'component', 'media'].includes(attribute.type),
    );
    if (nested.length)
      it.each(nested)('points %s at the right type', (name, attribute) => {
        const projection = objectOf(shape[name]);
        const keys = Object.keys(projection.shape).filter((key) => !SYSTEM_FIELDS.has(key));
        if (attribute.type === 'relation') {
          const target = contentTypes[attribute.target!];
          expect(target).toBeDefined();
          expect(projection.shape).toHaveProperty('documentId');
          for (const key of keys) expect([attribute.target, key, key in target.attributes]).toEqual([attribute.target, key, true]);
        } else if (attribute.type === 'component') {
          const component = components[attribute.component!];
          expect(component).toBeDefined();
          expect(keys.sort()).toEqual(Object.keys(component.attributes).sort());
        } else {
          expect(keys).toEqual(expect.arrayContaining(['url', 'alternativeText', 'width', 'height']));
        }
      });
  });
}

for (const model of MODELS) {
  const cms = contentTypes[model.uid];
  if (!cms) throw new Error(`The CMS has no content type ${model.uid}`);
  checkFields(model.uid, cms, model.schema, model.omitted, model.requiredToPublish);
}

const componentSchemas: Record<string, z.ZodObject> = {
  'media.figure': objectOf(articleSchema.shape.cover),
  'article.citation': objectOf(articleSchema.shape.citations),
};
for (const [uid, schema] of Object.entries(componentSchemas)) {
  checkFields(`component ${uid}`, components[uid], schema, {});
}

describe('the model', () => {
  it('covers every content type of the CMS', () => {
    expect(MODELS.map((model) => model.uid).sort()).toEqual(Object.keys(contentTypes).sort());
  });

  it('covers every component of the CMS', () => {
    expect(Object.keys(componentSchemas).sort()).toEqual(Object.keys(components).sort());
  });
});

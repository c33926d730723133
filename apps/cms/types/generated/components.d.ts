import type { Schema, Struct } from '@strapi/strapi';

export interface ArticleCitation extends Struct.ComponentSchema {
  collectionName: 'components_article_citations';
  info: {
    description: 'One cited source: the outlet, and where known the exact page, its title and the date it was read.';
    displayName: 'Citation';
    icon: 'quote';
  };
  attributes: {
    accessedOn: Schema.Attribute.Date;
    pageTitle: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    source: Schema.Attribute.Relation<'oneToOne', 'api::source.source'>;
    url: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2048;
      }>;
  };
}

export interface MediaFigure extends Struct.ComponentSchema {
  collectionName: 'components_media_figures';
  info: {
    description: 'An image with the alt text screen readers announce, an optional printed caption and who made it.';
    displayName: 'Figure';
    icon: 'picture';
  };
  attributes: {
    alt: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    caption: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    credit: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    image: Schema.Attribute.Media<'images'> & Schema.Attribute.Required;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'article.citation': ArticleCitation;
      'media.figure': MediaFigure;
    }
  }
}

import { factories } from '@strapi/strapi';
import { publicController } from '../../../public-api/output-sanitizer';

export default factories.createCoreController('api::author.author', publicController('api::author.author'));

import { factories } from '@strapi/strapi';
import { publicController } from '../../../public-api/output-sanitizer';

export default factories.createCoreController('api::section.section', publicController('api::section.section'));

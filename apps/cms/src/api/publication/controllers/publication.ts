import { factories } from '@strapi/strapi';
import { publicController } from '../../../public-api/output-sanitizer';

export default factories.createCoreController('api::publication.publication', publicController('api::publication.publication'));

import { factories } from '@strapi/strapi';
import { publicController } from '../../../public-api/output-sanitizer';

export default factories.createCoreController('api::volume.volume', publicController('api::volume.volume'));

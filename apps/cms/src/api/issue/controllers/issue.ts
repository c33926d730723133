import { factories } from '@strapi/strapi';
import { publicController } from '../../../public-api/output-sanitizer';

export default factories.createCoreController('api::issue.issue', publicController('api::issue.issue'));

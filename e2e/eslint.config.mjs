import { base, commonJs } from '@masthead/eslint-config';

export default [...base, ...commonJs()];

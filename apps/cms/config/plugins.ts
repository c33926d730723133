import { getEnv } from '../src/env';

export default () => ({
  'users-permissions': {
    config: { jwtSecret: getEnv().JWT_SECRET },
  },
});

// Text that several help pages share.
import { DEFAULT_API_URL } from '../core/store-env';

export const ENVIRONMENT_HELP = `Environment:
  BC_STORE_HASH     the store hash (the part after /stores/ in the API path)
  BC_ACCESS_TOKEN   an API account token (sent only in the X-Auth-Token header)
  BC_API_URL        default ${DEFAULT_API_URL}

Exit codes: 0 done, 1 BigCommerce refused or failed, 2 wrong arguments or environment.`;

import { publicListService } from '../../../public-api/find-public-list';
import { UID } from '../../../uids';

export default publicListService(UID.volume);

import { listingRoute } from '@/components/listing-route';

const route = listingRoute('tag');

export const revalidate = 300;
/** Rendered on first request, then served statically (ISR). */
export const generateStaticParams = () => [];
export const generateMetadata = route.generateMetadata;
export default route.Page;

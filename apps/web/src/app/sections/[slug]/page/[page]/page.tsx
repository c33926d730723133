// Page 2 onwards of the same listing; segment config must be a literal in each route file.
export { default, generateMetadata, generateStaticParams } from '../../page';
export const revalidate = 300;

import { notFound } from "next/navigation";
import { getOffensive } from "@/lib/data";

// The existence check sits above the page's loading boundary, so an unknown
// slug answers with a real 404 status before any skeleton is streamed.
export default async function OffensiveLayout(props: LayoutProps<"/offensives/[slug]">) {
  const { slug } = await props.params;
  if (!(await getOffensive(slug))) notFound();
  return props.children;
}

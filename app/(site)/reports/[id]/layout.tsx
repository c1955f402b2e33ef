import { notFound } from "next/navigation";
import { getReport } from "@/lib/data";

// The existence check sits above the page's loading boundary, so an unknown
// id answers with a real 404 status before any skeleton is streamed.
export default async function ReportLayout(props: LayoutProps<"/reports/[id]">) {
  const { id } = await props.params;
  if (!(await getReport(id))) notFound();
  return props.children;
}

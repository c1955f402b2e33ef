import { notFound } from "next/navigation";
import { getFigure } from "@/lib/data";

// Checked above the page's loading boundary, so an unknown id answers a real 404.
export default async function FigureLayout(props: LayoutProps<"/figures/[id]">) {
  const { id } = await props.params;
  if (!(await getFigure(id))) notFound();
  return props.children;
}

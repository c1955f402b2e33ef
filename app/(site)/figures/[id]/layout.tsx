import { notFound } from "next/navigation";
import { getFigure, getFigureHistory } from "@/lib/data";

// Checked above the page's loading boundary, so an unknown id answers a real 404
// (a figure an editor deleted still has a page, saying so).
export default async function FigureLayout(props: LayoutProps<"/figures/[id]">) {
  const { id } = await props.params;
  if (!(await getFigure(id)) && (await getFigureHistory(id)).at(-1)?.action !== "delete") notFound();
  return props.children;
}

import { NotFoundMessage } from "@/components/not-found-message";

/** An unknown offensive or report, inside the site's chrome. */
export default function NotFound() {
  return <NotFoundMessage />;
}

"""Entity resolution, graph building and exporters."""

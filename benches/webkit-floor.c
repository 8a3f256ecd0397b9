/* The floor of a WebKitGTK window on this machine: a bare GTK window with one WebKitWebView
 * (no Tauri, no Rust) showing 50 plain rows, the size of the app's window. benches/webkit-floor.sh
 * measures its memory and idle CPU, to tell the engine's own cost from the app's.
 * Usage: webkit-floor static|tick [MS]   (tick: one visible element changes every MS
 * milliseconds, default 1000) */
#include <gtk/gtk.h>
#include <stdlib.h>
#include <string.h>
#include <webkit2/webkit2.h>

int main(int argc, char **argv) {
  gboolean tick = argc > 1 && strcmp(argv[1], "tick") == 0;
  int interval = argc > 2 ? atoi(argv[2]) : 1000;
  if (interval <= 0)
    interval = 1000;
  gtk_init(&argc, &argv);
  GtkWidget *window = gtk_window_new(GTK_WINDOW_TOPLEVEL);
  gtk_window_set_default_size(GTK_WINDOW(window), 440, 640);
  GtkWidget *view = webkit_web_view_new();
  gtk_container_add(GTK_CONTAINER(window), view);
  GString *page = g_string_new("<!doctype html><html><body><p id=t>30 s</p><ul>");
  for (int i = 0; i < 50; i++)
    g_string_append_printf(page, "<li>Bench%02d user%d@example.com <b>123 456</b></li>", i, i);
  g_string_append(page, "</ul>");
  if (tick)
    g_string_append_printf(page, "<script>let n = 0; setInterval(() => { "
                                 "document.getElementById('t').textContent = (30 - n++ %% 30) + ' s'; }, %d);"
                                 "</script>", interval);
  g_string_append(page, "</body></html>");
  webkit_web_view_load_html(WEBKIT_WEB_VIEW(view), page->str, NULL);
  g_string_free(page, TRUE);
  g_signal_connect(window, "destroy", G_CALLBACK(gtk_main_quit), NULL);
  gtk_widget_show_all(window);
  gtk_main();
  return 0;
}

#!/usr/bin/python3
# A minimal WebKitGTK browser for WebKitWebDriver, like MiniBrowser --automation but on an on-disk
# profile (the folder given as its last argument): MiniBrowser's automation session is always
# ephemeral, so IndexedDB there behaves as in Safari's Private Browsing. This one keeps IndexedDB,
# service workers and caches in the folder, as a browser does outside private browsing.
# WebKitWebDriver starts it (capability webkitgtk:browserOptions.binary) with the remote inspector
# address in its environment; it allows automation and opens a window whenever the driver asks.
import os
import sys

import gi

gi.require_version('Gtk', '3.0')
gi.require_version('WebKit2', '4.1')
from gi.repository import Gtk, WebKit2  # noqa: E402

profile = sys.argv[-1]
data = WebKit2.WebsiteDataManager(
    base_data_directory=os.path.join(profile, 'data'),
    base_cache_directory=os.path.join(profile, 'cache'),
)
context = WebKit2.WebContext(website_data_manager=data)
context.set_automation_allowed(True)
windows = []


def close_window(_view, window):
    window.destroy()


def forget_window(window):
    windows.remove(window)
    if not windows:
        Gtk.main_quit()


def create_web_view(_session):
    view = WebKit2.WebView(web_context=context, is_controlled_by_automation=True)
    window = Gtk.Window()
    window.set_default_size(412, 915)
    window.add(view)
    view.connect('close', close_window, window)
    window.connect('destroy', forget_window)
    windows.append(window)
    window.show_all()
    return view


def automation_started(_context, session):
    info = WebKit2.ApplicationInfo()
    info.set_name('SMP WebKit profile browser')
    info.set_version(1, 0, 0)
    session.set_application_info(info)
    session.connect('create-web-view', create_web_view)


context.connect('automation-started', automation_started)
Gtk.main()

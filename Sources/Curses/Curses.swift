import CNcurses
import DashboardUI

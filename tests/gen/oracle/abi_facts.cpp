#include "abi_facts.hpp"

namespace oracle {

const std::vector<HiddenType>& hidden_types() {
    static const std::vector<HiddenType> table = {
        {"clockid", "enum", "u32", {"realtime", "monotonic", "process_cputime_id", "thread_cputime_id"}, {}},
        {"whence", "enum", "u8", {"set", "cur", "end"}, {}},
        {"advice", "enum", "u8", {"normal", "sequential", "random", "willneed", "dontneed", "noreuse"}, {}},
        {"fdflags", "flags", "u16", {"append", "dsync", "nonblock", "rsync", "sync"}, {}},
        {"fstflags", "flags", "u16", {"atim", "atim_now", "mtim", "mtim_now"}, {}},
        {"lookupflags", "flags", "u32", {"symlink_follow"}, {}},
        {"oflags", "flags", "u16", {"creat", "directory", "excl", "trunc"}, {}},
        {"eventtype", "enum", "u8", {"clock", "fd_read", "fd_write"}, {}},
        {"eventrwflags", "flags", "u16", {"fd_readwrite_hangup"}, {}},
        {"subclockflags", "flags", "u16", {"subscription_clock_abstime"}, {}},
        {"roflags", "flags", "u16", {"recv_data_truncated"}, {}},
        {"sdflags", "flags", "u8", {"rd", "wr"}, {}},
        {"preopentype", "enum", "u8", {"dir"}, {}},
        {"prestat", "union", "preopentype", {"dir"}, {"prestat_dir"}},
        {"subscription_u", "union", "eventtype", {"clock", "fd_read", "fd_write"},
         {"subscription_clock", "subscription_fd_readwrite", "subscription_fd_readwrite"}},
    };
    return table;
}

const HiddenType* find_hidden_type(const std::string& name) {
    for (const HiddenType& h : hidden_types())
        if (h.name == name) return &h;
    return nullptr;
}

const std::vector<std::string>& u64_scalars_labelled_u32() {
    static const std::vector<std::string> names = {"waker",     "filesize",  "timestamp", "dircookie", "inode",
                                                   "device",    "linkcount", "userdata",  "longsize",  "short_hash"};
    return names;
}

bool member_is_u64_labelled_u32(const std::string& type, const std::string& member) {
    if (type == "hash" || type == "hugesize") return member == "b0" || member == "b1";
    if (type == "stack_snapshot") return member == "user";
    if (type == "epoll_data") return member == "data2";
    return false;
}

bool pointer_width_labelled_u32(const std::string& type) { return type == "size"; }

bool param_is_u64_labelled_u32(const std::string& function, const std::string& param) {
    return function == "fd_event" && param == "initial_val";
}

const std::vector<std::string>& bool_cases() {
    static const std::vector<std::string> cases = {"false", "true"};
    return cases;
}

const std::vector<std::string>& preview1_functions() {
    static const std::vector<std::string> names = {
        "args_get", "args_sizes_get", "environ_get", "environ_sizes_get", "clock_res_get", "clock_time_get",
        "fd_advise", "fd_allocate", "fd_close", "fd_datasync", "fd_fdstat_get", "fd_fdstat_set_flags",
        "fd_fdstat_set_rights", "fd_filestat_get", "fd_filestat_set_size", "fd_filestat_set_times", "fd_pread",
        "fd_prestat_get", "fd_prestat_dir_name", "fd_pwrite", "fd_read", "fd_readdir", "fd_renumber", "fd_seek",
        "fd_sync", "fd_tell", "fd_write", "path_create_directory", "path_filestat_get", "path_filestat_set_times",
        "path_link", "path_open", "path_readlink", "path_remove_directory", "path_rename", "path_symlink",
        "path_unlink_file", "poll_oneoff", "proc_exit", "proc_raise", "sched_yield", "random_get", "sock_accept",
        "sock_recv", "sock_send", "sock_shutdown",
    };
    return names;
}

}  // namespace oracle

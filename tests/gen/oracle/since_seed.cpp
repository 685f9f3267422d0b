#include "since_seed.hpp"

namespace oracle {

const std::vector<std::string>& functions_removed_since_seed() {
    static const std::vector<std::string> names = {"dl_open", "dl_load_symbol", "dl_close"};
    return names;
}

const std::vector<AddedFunction>& functions_added_since_seed() {
    // Strings and lists are (pointer, length); pointers, size and
    // function_pointer are i32 on wasm32; u64 values (rights, context_id) i64.
    static const std::vector<AddedFunction> functions = {
        {"fd_dup2", "(i32 i32 i32 i32) -> i32"},
        {"path_open2", "(i32 i32 i32 i32 i32 i64 i64 i32 i32 i32) -> i32"},
        {"fd_fdflags_get", "(i32 i32) -> i32"},
        {"fd_fdflags_set", "(i32 i32) -> i32"},
        {"proc_exec3", "(i32 i32 i32 i32 i32 i32 i32 i32 i32) -> i32"},
        {"proc_spawn2", "(i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) -> i32"},
        {"proc_signals_get", "(i32) -> i32"},
        {"proc_signals_sizes_get", "(i32) -> i32"},
        {"sock_pair", "(i32 i32 i32 i32 i32) -> i32"},
        {"dlopen", "(i32 i32 i32 i32 i32 i32 i32 i32) -> i32"},
        {"dlsym", "(i32 i32 i32 i32 i32 i32) -> i32"},
        {"dl_invalid_handle", "(i32) -> i32"},
        {"call_dynamic", "(i32 i32 i32 i32 i32 i32) -> i32"},
        {"closure_prepare", "(i32 i32 i32 i32 i32 i32 i32) -> i32"},
        {"closure_allocate", "(i32) -> i32"},
        {"closure_free", "(i32) -> i32"},
        {"reflect_signature", "(i32 i32 i32 i32 i32 i32) -> i32"},
        {"context_create", "(i32 i32) -> i32"},
        {"context_switch", "(i64) -> i32"},
        {"context_destroy", "(i64) -> i32"},
        {"proc_fork_env", "(i32) -> i32"},
        {"proc_exit2", "(i32) -> ()"},
    };
    return functions;
}

const std::vector<std::string>& types_removed_since_seed() {
    static const std::vector<std::string> names = {"dlopenid"};
    return names;
}

const std::vector<AddedType>& types_added_since_seed() {
    static const std::vector<AddedType> types = {
        {"fdflagsext", 2, 2},
        {"disposition", 1, 1},
        {"signal_disposition", 2, 1},
        {"proc_spawn_fd_op_name", 1, 1},
        {"proc_spawn_fd_op", 56, 8},
        {"dl_handle", 4, 4},
        {"dl_flags", 4, 4},
        {"function_pointer", 4, 4},
        {"wasm_value_type", 1, 1},
        {"reflection_result", 6, 2},
        {"context_id", 8, 8},
        {"signal_disposition_array", 8, 4},
        {"proc_spawn_fd_op_array", 8, 4},
        {"wasm_value_type_array", 8, 4},
    };
    return types;
}

const std::vector<std::string>* flags_added_since_seed(const std::string& type) {
    static const std::vector<std::string> riflags = {"recv_dont_wait"};
    if (type == "riflags") return &riflags;
    return nullptr;
}

bool kind_changed_since_seed(const std::string& type) { return type == "siflags"; }

}  // namespace oracle

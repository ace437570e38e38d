// https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/user_access_rights
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface UserAccessRightsConfig extends cdktf.TerraformMetaArguments {
  /**
  * Ids of every ticket queue the agent may access; an empty set revokes them all.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/user_access_rights#ticket_queue_ids UserAccessRights#ticket_queue_ids}
  */
  readonly ticketQueueIds: number[];
  /**
  * Id of the agent (a user with role_id 15 or above).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/user_access_rights#user_id UserAccessRights#user_id}
  */
  readonly userId: number;
}

/**
* Represents a {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/user_access_rights mojohelpdesk_user_access_rights}
*/
export class UserAccessRights extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "mojohelpdesk_user_access_rights";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a UserAccessRights resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the UserAccessRights to import
  * @param importFromId The id of the existing UserAccessRights that should be imported. Refer to the {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/user_access_rights#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the UserAccessRights to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "mojohelpdesk_user_access_rights", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/user_access_rights mojohelpdesk_user_access_rights} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options UserAccessRightsConfig
  */
  public constructor(scope: Construct, id: string, config: UserAccessRightsConfig) {
    super(scope, id, {
      terraformResourceType: 'mojohelpdesk_user_access_rights',
      terraformGeneratorMetadata: {
        providerName: 'mojohelpdesk',
        providerVersion: '0.1.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._ticketQueueIds = config.ticketQueueIds;
    this._userId = config.userId;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // has_access_to_all_ticket_queues - computed: true, optional: false, required: false
  public get hasAccessToAllTicketQueues() {
    return this.getBooleanAttribute('has_access_to_all_ticket_queues');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // ticket_queue_ids - computed: false, optional: false, required: true
  private _ticketQueueIds?: number[]; 
  public get ticketQueueIds() {
    return cdktf.Token.asNumberList(cdktf.Fn.tolist(this.getNumberListAttribute('ticket_queue_ids')));
  }
  public set ticketQueueIds(value: number[]) {
    this._ticketQueueIds = value;
  }
  // Temporarily expose input value. Use with caution.
  public get ticketQueueIdsInput() {
    return this._ticketQueueIds;
  }

  // user_id - computed: false, optional: false, required: true
  private _userId?: number; 
  public get userId() {
    return this.getNumberAttribute('user_id');
  }
  public set userId(value: number) {
    this._userId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get userIdInput() {
    return this._userId;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      ticket_queue_ids: cdktf.listMapper(cdktf.numberToTerraform, false)(this._ticketQueueIds),
      user_id: cdktf.numberToTerraform(this._userId),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      ticket_queue_ids: {
        value: cdktf.listMapperHcl(cdktf.numberToHclTerraform, false)(this._ticketQueueIds),
        isBlock: false,
        type: "set",
        storageClassType: "numberList",
      },
      user_id: {
        value: cdktf.numberToHclTerraform(this._userId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
